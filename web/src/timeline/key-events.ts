import type { TimelineItem } from "../api/types.js";
import { importedOnly } from "../entity/group.js";

/**
 * What the timeline knows about its candidate key events before any view is drawn: computed once per
 * answer of the API (not at every zoom step). Pure.
 *
 * A candidate is an event's occurrence, or the signature or entry into force of an agreement Japan is
 * party to or signed. Its weight is the distinct sources cited about it (a founding overview `seed-…`
 * counting as ten). A candidate is a turning point when a curated statement about Japan names it
 * (`via`), or names none and falls on its very day (a full date, not a year) where it is the most
 * cited candidate of that day, and the statement is one of TURNING_POINTS: those go
 * first, in the order of that list, before any other candidate however often cited. Without this
 * rule a thinly sourced milestone (the 1972 communiqué with China cites two sources) lost to any
 * well-sourced minor event.
 */

/** One rule for a turning point: a statement (at one edge of its time) that changes Japan's place in the world. */
export interface TurningRule {
  id: string;
  doc: string;
  matches: (item: TimelineItem, partner: string | null, majors: ReadonlySet<string>) => boolean;
}

/** The turning points, highest first (a candidate takes the highest it meets). */
export const TURNING_POINTS: readonly TurningRule[] = [
  {
    id: "un-membership",
    doc: "Japan joins the United Nations",
    matches: (i, partner) => i.edge === "start" && i.statement.p === "member-of" && i.statement.subject.id === "japan" && partner === "united-nations",
  },
  {
    id: "peace",
    doc: "a war between Japan and one of its principal partners ends",
    matches: (i, partner, majors) => i.edge === "end" && i.statement.p === "at-war" && partner !== null && majors.has(partner),
  },
  {
    id: "relations",
    doc: "Japan and one of its principal partners establish or restore diplomatic relations",
    matches: (i, partner, majors) => i.edge === "start" && i.statement.p === "diplomatic-relations" && partner !== null && majors.has(partner),
  },
];

/** Japan's principal partners: the states about which the curated statements in hand cite the most sources. */
export const PRINCIPAL_PARTNERS = 10;

/** A founding overview of Japan's foreign relations citing an entity marks what readers ask about. */
const SEED_WEIGHT = 10;
export const JAPAN_PARTY: ReadonlySet<string> = new Set(["party-to", "signatory-of"]);
export const FULL_DATE = /^-?\d{4}-\d{2}-\d{2}$/;

export interface KeyEventIndex {
  /** Agreements Japan is party to or signed. */
  japanParty: ReadonlySet<string>;
  /** Each entity's weight (its distinct sources, seed articles counting ten). */
  weight: ReadonlyMap<string, number>;
  /** The turning point each candidate is (its place in TURNING_POINTS), when it is one. */
  tier: ReadonlyMap<string, number>;
  majors: ReadonlySet<string>;
}

/** Whether an item is a candidate key event (before the view is considered). */
export function isCandidate(item: TimelineItem, japanParty: ReadonlySet<string>): boolean {
  const s = item.statement;
  if (item.edge === "end") return false;
  // The cheap tests first: most items are neither events nor agreements, and this runs on thousands.
  const kindFits = s.p === "occurred" ? s.subject.kind === "event" : (s.p === "signed" || s.p === "in-force") && s.subject.kind === "agreement" && japanParty.has(s.subject.id);
  return kindFits && !importedOnly(s);
}

/**
 * Reads the candidates' weights and turning points from every item fetched.
 * @example keyEventIndex(items).tier.get("japan-china-joint-communique-1972") // 2 ("relations")
 */
export function keyEventIndex(context: readonly TimelineItem[]): KeyEventIndex {
  // The loader's items: the index it tallied answer by answer (the same index, without reading them all again).
  const kept = tallied.get(context);
  if (kept && kept.tally.size === kept.size && kept.size === context.length) return kept.tally.index();
  // Any other array (two filters' intersected list, an older snapshot): a tally of it alone, read once.
  const tally = new KeyEventTally();
  tally.add(context);
  return tally.index();
}

/** The most cited of a day's candidates (the first by id at equal weight). */
export function heaviest(ids: Iterable<string>, weight: ReadonlyMap<string, number>): string | undefined {
  return [...ids].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || a.localeCompare(b))[0];
}

/** Item arrays a tally was given in full, with how many items it had then (`KeyEventTally.register`). */
const tallied = new WeakMap<readonly TimelineItem[], { tally: KeyEventTally; size: number }>();

/**
 * keyEventIndex built up answer by answer (the one reading of the index: keyEventIndex makes a tally of an array it
 * was not given by the loader): the timeline's loader gives each answer to `add`, and the
 * index of everything added so far reads only the answers added since the last one was asked for
 * (keyEventIndex read every item in hand again at each answer: 12,590 items, 6-22 ms in Node, about
 * 45 ms in a loaded browser). The same sets and maps as `readAll` over the same items in any order
 * (key-events-tally.test.ts): the answers may come in any order, since a day's most cited candidate
 * is found by weight and id, not by place (entity ids are distinct to localeCompare), and whether an
 * agreement is a candidate (Japan is party to it) is decided when the index is asked for, not when the
 * agreement's answer came. Answers are only read when an index is wanted (a loader nobody draws reads none).
 *
 * @example const tally = new KeyEventTally(); tally.add(answer.items); tally.index().tier
 */
export class KeyEventTally {
  /** Items added, read or not. */
  size = 0;
  private readonly unread: (readonly TimelineItem[])[] = [];
  private readonly japanParty = new Set<string>();
  private readonly cited = new Map<string, Set<string>>();
  private readonly weight = new Map<string, number>();
  private readonly states = new Set<string>();
  /** Candidate events by day, and agreements signed or in force by day (candidates when Japan is party to them). */
  private readonly eventsOn = new Map<string, Set<string>>();
  private readonly agreementsOn = new Map<string, Set<string>>();
  /** Curated items about Japan and its partner in each: where turning points are found. */
  private readonly aboutJapan: { item: TimelineItem; partner: string | null }[] = [];
  /** Those of them matching a rule (its place in TURNING_POINTS) with the principal partners `majorsKey`, the first `matched` looked at. */
  private hits: { item: TimelineItem; rule: number }[] = [];
  private matched = 0;
  private majorsKey = "";
  private built: KeyEventIndex | null = null;

  add(items: readonly TimelineItem[]): void {
    if (items.length === 0) return;
    this.unread.push(items);
    this.size += items.length;
    this.built = null;
  }

  /** Remembers that `items` are all this tally holds, so that keyEventIndex(items) is its index while nothing is added. */
  register(items: readonly TimelineItem[]): void {
    tallied.set(items, { tally: this, size: this.size });
  }

  index(): KeyEventIndex {
    if (this.built) return this.built;
    const changed = new Set<string>();
    for (const items of this.unread.splice(0)) for (const item of items) this.read(item, changed);
    for (const id of changed) this.weight.set(id, sourceWeight(this.cited.get(id)!));
    const { weight } = this;
    const majors = new Set(
      [...this.states].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || a.localeCompare(b)).slice(0, PRINCIPAL_PARTNERS),
    );
    // The rules read the principal partners: when they change, every item about Japan is looked at again.
    const key = [...majors].join(" ");
    if (key !== this.majorsKey) {
      this.majorsKey = key;
      this.hits = [];
      this.matched = 0;
    }
    for (const { item, partner } of this.aboutJapan.slice(this.matched)) {
      const rule = TURNING_POINTS.findIndex((r) => r.matches(item, partner, majors));
      if (rule >= 0) this.hits.push({ item, rule });
    }
    this.matched = this.aboutJapan.length;

    const tier = new Map<string, number>();
    for (const { item, rule } of this.hits) {
      const target = item.statement.via ? item.statement.via.id : FULL_DATE.test(item.edtf) ? heaviest(this.candidatesOn(item.date), weight) : undefined;
      if (target !== undefined) tier.set(target, Math.min(rule, tier.get(target) ?? rule));
    }
    // Copies: an index given out stays as it was when more answers come.
    this.built = { japanParty: new Set(this.japanParty), weight: new Map(weight), tier, majors };
    return this.built;
  }

  /** What readAll reads of one item (`changed`: the entities whose sources grew). */
  private read(item: TimelineItem, changed: Set<string>): void {
    const s = item.statement;
    if (s.subject.id === "japan" && JAPAN_PARTY.has(s.p) && s.object?.kind === "agreement") this.japanParty.add(s.object.id);
    for (const ref of [s.subject, s.object]) if (ref?.kind === "state" && ref.id !== "japan") this.states.add(ref.id);
    if (importedOnly(s)) return;
    for (const id of [s.subject.id, s.object?.id]) {
      if (!id || id === "japan") continue;
      let set = this.cited.get(id);
      if (!set) this.cited.set(id, (set = new Set()));
      const before = set.size;
      for (const c of s.sources) set.add(c.source);
      if (set.size !== before || !this.weight.has(id)) changed.add(id);
    }
    if (item.edge !== "end") {
      const on = s.p === "occurred" && s.subject.kind === "event" ? this.eventsOn : (s.p === "signed" || s.p === "in-force") && s.subject.kind === "agreement" ? this.agreementsOn : null;
      if (on) {
        let day = on.get(item.date);
        if (!day) on.set(item.date, (day = new Set()));
        day.add(s.subject.id);
      }
    }
    if (s.subject.id === "japan" || s.object?.id === "japan") this.aboutJapan.push({ item, partner: (s.subject.id === "japan" ? s.object?.id : s.subject.id) ?? null });
  }

  /** A day's candidates: its events, and its agreements Japan is party to (with every answer in hand). */
  private candidatesOn(date: string): Set<string> {
    const ids = new Set(this.eventsOn.get(date));
    for (const id of this.agreementsOn.get(date) ?? []) if (this.japanParty.has(id)) ids.add(id);
    return ids;
  }
}

/**
 * Sources about an entity, a founding overview article (seed-…) counting as ten.
 * @example sourceWeight(new Set(["seed-001", "web-a"])) // 11
 */
export function sourceWeight(sources: ReadonlySet<string>): number {
  let w = 0;
  for (const id of sources) w += id.startsWith("seed-") ? SEED_WEIGHT : 1;
  return w;
}
