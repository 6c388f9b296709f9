import type { Predicate } from "../../model/predicates.js";
import type { Day } from "../../model/time.js";
import { dayNumber, holds, startSpread, type TimedFact } from "./facts.js";

export const JAPAN = "japan";

/** Predicates that describe Japan's relationship with another state, read per state. */
export const RELATION_PREDICATES = ["diplomatic-relations", "no-relations", "at-war", "recognizes", "alliance"] as const satisfies readonly Predicate[];
/** Predicates that say whether a state existed, and what it followed. */
export const EXISTENCE_PREDICATES = ["exists", "successor-of", "system-member"] as const satisfies readonly Predicate[];
/** Predicates that say who held the land of a present-day state's map shape. */
export const TERRITORY_PREDICATES = ["holds-territory", "rules", "occupies"] as const satisfies readonly Predicate[];

export interface StateInfo {
  id: string;
  isoNumeric: string | null;
  statehood: string | null;
}

export interface AgreementInfo {
  id: string;
  scope: string | null;
  type: string | null;
}

/** What the engine is built from: every state, every agreement, and every statement about them. */
export interface WorldInput {
  states: readonly StateInfo[];
  agreements: readonly AgreementInfo[];
  facts: readonly TimedFact[];
}

/** A dataset fact set aside because a curated statement of the same kind covers the same pair. */
export interface Overridden {
  fact: TimedFact;
  by: TimedFact[];
}

type ByPredicate = Map<Predicate, TimedFact[]>;

/**
 * The facts an as-of answer is computed from, grouped once: each state's relation and existence
 * statements, Japan's bilateral agreements with their in-force spans, and who held each map shape.
 * Precedence is applied here, once, for every view: where a curated statement of a kind exists for a
 * pair, dataset rows of that kind for the pair are set aside (and listed in `overridden`), so a COW
 * war coded by whole years never overrides a curated war dated to the day.
 */
export class World {
  readonly states: ReadonlyMap<string, StateInfo>;
  readonly agreements: ReadonlyMap<string, AgreementInfo>;
  readonly overridden: Overridden[] = [];
  private readonly byState = new Map<string, ByPredicate>();
  private readonly inForce = new Map<string, TimedFact[]>();
  private readonly parties = new Map<string, Map<string, TimedFact[]>>();
  private readonly holders = new Map<string, TimedFact[]>();
  private readonly bilateral = new Map<string, string[]>();
  private readonly bySubject = new Map<string, TimedFact[]>();
  private readonly byObject = new Map<string, TimedFact[]>();

  constructor(input: WorldInput) {
    this.states = new Map(input.states.map((s) => [s.id, s]));
    this.agreements = new Map(input.agreements.map((a) => [a.id, a]));
    const rawByState = new Map<string, ByPredicate>();
    const rawInForce = new Map<string, TimedFact[]>();
    for (const f of input.facts) {
      if (f.status === "rejected") continue;
      const relation = (RELATION_PREDICATES as readonly string[]).includes(f.p);
      if (relation) {
        const other = f.subject === JAPAN ? f.object : f.object === JAPAN ? f.subject : null;
        if (!other || other === JAPAN || !this.states.has(other)) continue;
        if (f.p === "recognizes" && f.subject !== JAPAN) continue;
        push(rawByState, other, f);
      } else if ((EXISTENCE_PREDICATES as readonly string[]).includes(f.p)) {
        push(rawByState, f.subject, f);
      } else if ((TERRITORY_PREDICATES as readonly string[]).includes(f.p) && f.object && this.states.has(f.object)) {
        if (this.states.has(f.subject)) list(this.holders, f.object).push(f);
      } else if (f.p === "in-force") {
        list(rawInForce, f.subject).push(f);
      } else if (f.p === "party-to" || f.p === "signatory-of") {
        if (!f.object || !this.agreements.has(f.object)) continue;
        const m = this.parties.get(f.object) ?? new Map<string, TimedFact[]>();
        this.parties.set(f.object, m);
        list(m, f.subject).push(f);
      } else {
        list(this.bySubject, `${f.p} ${f.subject}`).push(f);
        if (f.object) list(this.byObject, `${f.p} ${f.object}`).push(f);
      }
    }
    for (const [state, byP] of rawByState) {
      const kept: ByPredicate = new Map();
      // Where data/ records any of Japan's relations with a state, it is the authority for that pair:
      // a dataset war coded by whole years (COW's 1944–45 for Romania) is set aside even where no
      // curated war exists, because the curated record says what the relationship was.
      const curatedRelations = RELATION_PREDICATES.flatMap((p) => byP.get(p) ?? []).filter((f) => f.curated);
      for (const [p, facts] of byP) {
        const relation = (RELATION_PREDICATES as readonly string[]).includes(p);
        kept.set(p, this.dropVaguer(relation && curatedRelations.length ? this.setAside(facts, curatedRelations) : this.preferCurated(facts)));
      }
      this.byState.set(state, kept);
    }
    for (const [id, facts] of rawInForce) this.inForce.set(id, this.preferCurated(facts));
    // A party's dataset rows for one agreement: a row with no known end that starts before every row of
    // the same party which ends on a known day cannot be a later rejoining; it is that membership coded
    // again with another start and no end, and must not keep the party in after it left (GGO gives Japan a
    // GFCM row from 1992 with no end beside the one of 1997 that ends with its withdrawal of 31 October 2020).
    for (const parties of this.parties.values()) {
      for (const [party, facts] of parties) {
        const rows = facts.filter((f) => f.p === "party-to" && !f.curated && f.bounds);
        const ended = rows.filter((f) => !f.bounds!.end.open && !f.bounds!.end.unknown);
        const stale = rows.filter((f) => f.bounds!.end.unknown && ended.length > 0 && ended.every((g) => f.bounds!.start.max < g.bounds!.start.min));
        if (!stale.length) continue;
        for (const f of stale) this.overridden.push({ fact: f, by: ended });
        parties.set(party, facts.filter((f) => !stale.includes(f)));
      }
    }
    for (const [id, parties] of this.parties) {
      const info = this.agreements.get(id);
      if (info?.scope !== "bilateral" || !parties.has(JAPAN)) continue;
      const partners = [...parties.keys()].filter((p) => p !== JAPAN && this.states.has(p));
      if (partners.length) this.bilateral.set(id, partners);
    }
  }

  private preferCurated(facts: TimedFact[]): TimedFact[] {
    const curated = facts.filter((f) => f.curated);
    if (!curated.length || curated.length === facts.length) return facts;
    return this.setAside(facts, curated);
  }

  private setAside(facts: TimedFact[], by: TimedFact[]): TimedFact[] {
    for (const f of facts) if (!f.curated) this.overridden.push({ fact: f, by });
    return facts.filter((f) => f.curated);
  }

  /**
   * Of statements of one kind for one pair whose spans overlap, the vaguer one gives way to the more
   * precise one: a war written "1904/1905-09-05" beside "1904-02-08/1905-10-15" is the same war known
   * less well, and must not make 1 January 1904 a day of war.
   */
  private dropVaguer(facts: TimedFact[]): TimedFact[] {
    if (facts.length < 2) return facts;
    return facts.filter((f) => {
      const better = facts.find((g) => g !== f && g.bounds && f.bounds && g.status !== "contested" && spread(g) < spread(f) && overlaps(f, g));
      if (better) this.overridden.push({ fact: f, by: [better] });
      return !better;
    });
  }

  /** A state's statements of one predicate, precedence applied. */
  factsOf(state: string, p: Predicate): readonly TimedFact[] {
    return this.byState.get(state)?.get(p) ?? [];
  }

  /** Every relation and existence statement of a state, precedence applied. */
  allFactsOf(state: string): TimedFact[] {
    return [...(this.byState.get(state)?.values() ?? [])].flat();
  }

  /** An agreement's in-force statements, precedence applied. */
  inForceOf(agreement: string): readonly TimedFact[] {
    return this.inForce.get(agreement) ?? [];
  }

  /**
   * The facts that replaced a fact the engine set aside (see `overridden`), or undefined for a fact it kept.
   *
   * @example world.setAsideBy("st-ceddac196f11")?.map((f) => f.time) // ["1997-06-12/2020-10-31"] (GGO's open GFCM row for Japan)
   */
  setAsideBy(id: string): readonly TimedFact[] | undefined {
    if (!this.overriddenById) this.overriddenById = new Map(this.overridden.map((o) => [o.fact.id, o.by]));
    return this.overriddenById.get(id);
  }
  private overriddenById: Map<string, TimedFact[]> | undefined;

  /** The party-to and signatory-of statements of an agreement, by party. */
  partiesOf(agreement: string): ReadonlyMap<string, TimedFact[]> {
    return this.parties.get(agreement) ?? new Map();
  }

  /** Japan's bilateral agreements and their partner states. */
  bilateralAgreements(): ReadonlyMap<string, string[]> {
    return this.bilateral;
  }

  /** Statements that some state held the land of `shape` (a present-day state's id). */
  holdersOf(shape: string): readonly TimedFact[] {
    return this.holders.get(shape) ?? [];
  }

  /** Other statements (memberships, offices, administration, claims) with `subject` as subject. */
  withSubject(p: Predicate, subject: string): readonly TimedFact[] {
    return this.bySubject.get(`${p} ${subject}`) ?? [];
  }

  /** Other statements (memberships, offices, administration, claims) with `object` as object. */
  withObject(p: Predicate, object: string): readonly TimedFact[] {
    return this.byObject.get(`${p} ${object}`) ?? [];
  }
}

/**
 * Of the facts that hold (or may hold) on `day`, the best one: a certain one first, then one that certainly
 * began after the other (an occupation inside a colonial period, however coarsely dated), then the most
 * precisely dated, then the latest start.
 */
export function bestHolding(facts: readonly TimedFact[], day: Day): { fact: TimedFact; certain: boolean } | undefined {
  let best: { fact: TimedFact; certain: boolean } | undefined;
  for (const f of facts) {
    const h = holds(f, day);
    if (h === "no") continue;
    const cand = { fact: f, certain: h === "yes" };
    if (!best || better(cand, best)) best = cand;
  }
  return best;
}

function better(a: { fact: TimedFact; certain: boolean }, b: { fact: TimedFact; certain: boolean }): boolean {
  if (a.certain !== b.certain) return a.certain;
  // Japan's occupation of the Philippines "1942/1945" inside American rule "1898-12-10/1946-07-04", or of the Dutch
  // East Indies inside Dutch rule "../1949-12-27": the later holding is the one in force that day, though the
  // earlier one is dated more precisely (an open start counts as exact) (TRUTH39).
  const as = a.fact.bounds?.start, bs = b.fact.bounds?.start;
  if (as && bs && as.min > bs.max) return true;
  if (as && bs && bs.min > as.max) return false;
  const sa = startSpread(a.fact), sb = startSpread(b.fact);
  if (sa !== sb) return sa < sb;
  return (a.fact.bounds?.start.min ?? "") > (b.fact.bounds?.start.min ?? "");
}

function list<K, V>(m: Map<K, V[]>, k: K): V[] {
  let l = m.get(k);
  if (!l) m.set(k, (l = []));
  return l;
}

function push(m: Map<string, ByPredicate>, state: string, f: TimedFact): void {
  let byP = m.get(state);
  if (!byP) m.set(state, (byP = new Map()));
  list(byP, f.p).push(f);
}

/** How vaguely a fact is dated: the days of uncertainty at its start and its end. */
function spread(f: TimedFact): number {
  const b = f.bounds!;
  const end = b.end.open ? 0 : b.end.unknown ? 100_000 : dayNumber(b.end.max) - dayNumber(b.end.min);
  return dayNumber(b.start.max) - dayNumber(b.start.min) + end;
}

/** Whether two spans may share a day. */
function overlaps(a: TimedFact, b: TimedFact): boolean {
  const ea = a.bounds!.end.open || a.bounds!.end.unknown ? "9999-12-31" : a.bounds!.end.max;
  const eb = b.bounds!.end.open || b.bounds!.end.unknown ? "9999-12-31" : b.bounds!.end.max;
  return a.bounds!.start.min < eb && b.bounds!.start.min < ea;
}
