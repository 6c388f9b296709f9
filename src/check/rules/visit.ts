import type { Candidate } from "../claim.js";
import type { SentenceContext } from "../context.js";
import { monthPrecise } from "../events.js";
import { METONYMS, type EventCue, type Knowledge } from "../knowledge.js";
import { clauseAround } from "../polarity.js";
import { fits } from "../verdict.js";
import type { Rule } from "./rule.js";

/** A visit said of a person: "visited China", "paid a visit to", "a trip to", "travelled to". */
const VISIT = /\b(?:visit(?:ed|s|ing)?|(?:made|paid|makes|pays)\s+(?:a|an|his|her|the)\s+(?:\w+\s+)?visit|trip\s+to|travell?ed\s+to|toured)\b/gi;
/** A visit in Japanese, right after the place visited: "ベトナムを訪問した", "中国を公式訪問", "北京を訪れた". */
const VISIT_JA = /(?:を|へ)(?:公式|国賓として|実務)?(?:訪問|訪れ|歴訪)/gu;
/**
 * A visit in one Japanese noun that names the state visited: "エルベグドルジ大統領訪日" (President Elbegdorj's visit to
 * Japan), "首相訪中", "来日". The visitor is the person written right before it (a title may stand between).
 */
const VISITED_BY_NOUN: Record<string, string> = {
  訪日: "japan", 来日: "japan", 訪中: "china", 訪韓: "south-korea", 訪米: "united-states", 訪朝: "north-korea", 訪露: "russia", 訪ロ: "russia",
  訪英: "united-kingdom", 訪仏: "france", 訪独: "germany", 訪豪: "australia", 訪印: "india", 訪越: "vietnam", 訪比: "philippines",
  訪伯: "brazil", 訪墨: "mexico", 訪泰: "thailand", 訪伊: "italy", 訪加: "canada",
};
/** The nouns of the table, as one pattern. */
const VISIT_JA_NOUN = new RegExp(Object.keys(VISITED_BY_NOUN).join("|"), "gu");
/** Words that make the person no visitor then ("former", "the late") or the visit not a fact. */
const NOT_THEN = /\b(?:former|ex-|late|future|planned|proposed|would|will|may|might)\s+(?:\w+\s+){0,3}$/i;

/** Whether `who` took part in an event as its host. */
const hosts = (k: Knowledge, event: string, who: string) => (k.byEnds.get(`${event}|${who}`) ?? []).some((r) => r.p === "participant" && r.role === "host");

/**
 * The recorded visits (events of type "visit", in the order of `k.events`), each with its participants that
 * hosted it; made once per knowledge base: every sentence with a visit word and a month read them all.
 */
interface Visit {
  e: EventCue;
  hosts: string[];
}
const VISITS = new WeakMap<Knowledge, Visit[]>();
function visitsOf(k: Knowledge): Visit[] {
  let v = VISITS.get(k);
  if (!v) {
    const all = k.events.filter((e) => e.type === "visit" || e.type === "summit").map((e) => ({ e, hosts: e.participantList.filter((p) => hosts(k, e.id, p)) }));
    // A summit of two states with one host is a visit to it too (a prime minister's summit in New Delhi is his visit to
    // India, inside his trip to three states): one recorded with two states and two persons, or named a visit. A meeting
    // of many states hosted by one (APEC in Bali) is no visit to the host.
    const bilateral = (e: EventCue) => e.participantList.filter((p) => k.gazetteer.kinds.get(p) === "state").length === 2 && (e.visit === true || e.persons.length === 2);
    VISITS.set(k, (v = all.filter((x) => x.e.type === "visit" || (x.hosts.length === 1 && bilateral(x.e)))));
    HOSTS.set(k, new Map(v.map((x) => [x.e, x.hosts])));
  }
  return v;
}

/** The hosts of each visit of `visitsOf`, by its event, made with them. */
const HOSTS = new WeakMap<Knowledge, Map<EventCue, string[]>>();
function hostsOfVisit(k: Knowledge, e: EventCue): string[] {
  visitsOf(k);
  return HOSTS.get(k)!.get(e) ?? [];
}

/** The recorded visits by participant and by the place they occurred at, each list in the order of `visitsOf`, and each visit's place in that order. */
const VISITS_BY = new WeakMap<Knowledge, { participant: Map<string, Visit[]>; place: Map<string, Visit[]>; order: Map<Visit, number> }>();
function visitsBy(k: Knowledge): { participant: Map<string, Visit[]>; place: Map<string, Visit[]>; order: Map<Visit, number> } {
  let by = VISITS_BY.get(k);
  if (by) return by;
  by = { participant: new Map(), place: new Map(), order: new Map(visitsOf(k).map((v, i) => [v, i])) };
  for (const v of visitsOf(k)) {
    for (const p of v.e.participants) (by.participant.get(p) ?? by.participant.set(p, []).get(p)!).push(v);
    for (const at of new Set(v.e.occurred.map((r) => r.at).filter((x): x is string => !!x))) (by.place.get(at) ?? by.place.set(at, []).get(at)!).push(v);
  }
  VISITS_BY.set(k, by);
  return by;
}

/**
 * The recorded visits that may be visits to a destination, in the order of `visitsOf`: those it took part in (a
 * state), or that occurred at it or that the state of its capital took part in (a place). Every visit `to` holds
 * for is among them; the rule reads these few rather than every visit (each sentence with a visit word and a month).
 */
function visitsNear(k: Knowledge, dest: { entity: string; kind: string }, capitalOf: string | undefined): Visit[] {
  const by = visitsBy(k);
  if (dest.kind !== "place") return by.participant.get(dest.entity) ?? [];
  const here = by.place.get(dest.entity) ?? [];
  const capital = capitalOf ? (by.participant.get(capitalOf) ?? []) : [];
  if (!capital.length) return here;
  if (!here.length) return capital;
  return [...new Set([...here, ...capital])].sort((a, b) => by.order.get(a)! - by.order.get(b)!);
}

/**
 * A visit to that state: it takes part, and no one else is the host (Jiang Zemin's visit to Japan is no visit to
 * China). A trip with several hosts ("Abe's trip of January 2017": the Philippines, Australia, Indonesia, Vietnam)
 * is a visit to each.
 */
const toState = (v: Visit, state: string) => v.e.participants.has(state) && (v.hosts.includes(state) || v.hosts.every((p) => p === state));

/**
 * The one visit meant among those that fit: the only one; else the only one hosted by the destination alone (the
 * summit in New Delhi, not the trip to three states that held it); else the only such visit recorded as a visit.
 */
function oneVisit(k: Knowledge, made: EventCue[], host: string | undefined): EventCue | undefined {
  if (made.length <= 1) return made[0];
  if (!host) return undefined;
  const only = made.filter((e) => {
    const h = hostsOfVisit(k, e);
    return h.length === 1 && h[0] === host;
  });
  if (only.length === 1) return only[0];
  const visits = only.filter((e) => e.type === "visit");
  return visits.length === 1 ? visits[0] : undefined;
}

/** The offices a person held, as "role|state" keys ("prime-minister|japan"). */
const officesOf = (ctx: SentenceContext, person: string) => new Set((ctx.k.offices.get(person) ?? []).filter((r) => r.role).map((r) => `${r.role}|${r.object}`));

/**
 * A person visiting a state or a place on a day or in a month: "On 25 September 1972 Prime Minister Tanaka
 * visited China", "On 15 August 2006 Koizumi visited Yasukuni Shrine". The visit recorded then to that
 * state (or at that place) is the one meant: when the person is among
 * those who made it, it occurred then and they took part; when another holder of the same office
 * made it (Tanaka, not Satō, in 1972), the claim that the named person took part is contradicted. A
 * year alone decides nothing. When no visit to that state is recorded then and the person made only
 * one recorded visit there, that visit is meant and the date is contradicted; with two or more the
 * record cannot tell which was meant, and nothing is claimed.
 */
export const visitRule: Rule = {
  id: "visit",
  doc: "a named person visiting a named state or place, with a date no wider than a month",
  propose(ctx) {
    // A date no wider than a month: a year alone does not tell one visit from another.
    const time = ctx.times.find(monthPrecise);
    // A year or no date tells one visit from another only at a place the person visited in one recorded event.
    const loose = time ? undefined : ctx.times[0];
    // Without a month, only a place can be the destination: most sentences name none.
    if (!time && !ctx.found.some((m) => m.kind === "place" && m.via !== "reference")) return [];
    // Every visit read below has its visitor, a person the sentence names: without one, the visit words are not looked for.
    if (!ctx.found.some((m) => m.kind === "person" && m.via !== "reference")) return [];
    const out: Candidate[] = [];
    for (const m of [...ctx.slice.matchAll(VISIT), ...ctx.slice.matchAll(VISIT_JA), ...ctx.slice.matchAll(VISIT_JA_NOUN)]) {
      const at = ctx.start + m.index;
      if (ctx.found.some((x) => x.via !== "reference" && x.start <= at && at < x.end)) continue;
      const [cs, ce] = clauseAround(ctx.slice, m.index).map((x) => x + ctx.start) as [number, number];
      const noun = VISITED_BY_NOUN[m[0]];
      const japanese = m[0].startsWith("を") || m[0].startsWith("へ");
      // In Japanese the place visited comes right before the verb ("ベトナムを訪問した"), and the visitor before it.
      const dest = noun
        ? { entity: noun, kind: "state" as const, start: at, end: at }
        : japanese
          ? ctx.found.filter((x) => (x.kind === "state" || x.kind === "place") && x.via !== "reference" && x.end === at).at(-1)
          : ctx.found.find((x) => (x.kind === "state" || x.kind === "place") && x.via !== "reference" && x.start > at && x.start - (at + m[0].length) <= 25 && x.start < Math.max(ce, at + 60));
      const persons = ctx.found.filter((x) => x.kind === "person" && x.via !== "reference" && x.end <= (japanese && dest ? dest.start : at) && x.start >= cs - 200);
      // The noun's visitor is written right before it, a title at most between ("エンフボルド首相訪日").
      const visitor = noun ? persons.filter((x) => at - x.end <= 8).at(-1) : persons[persons.length - 1];
      if (!visitor || !dest || visitor.entity === dest.entity) continue;
      if (NOT_THEN.test(ctx.slice.slice(Math.max(0, visitor.start - ctx.start - 40), visitor.start - ctx.start))) continue;
      // A visit to that state (toState, above: a host of it, alone or among the hosts of a trip).
      // A visit to a place ("visited Yasukuni Shrine"): it occurred there.
      // A capital stands for its state too: "visited Beijing" is a visit to China, recorded at Beijing or not.
      const capitalOf = dest.kind === "place" ? METONYMS[dest.entity] : undefined;
      const to = (v: Visit) => (dest.kind === "place" ? v.e.occurred.some((r) => r.at === dest.entity) || (!!capitalOf && toState(v, capitalOf)) : toState(v, dest.entity));
      const visits = visitsNear(ctx.k, dest, capitalOf);
      if (!time) {
        // "Koizumi visited Yasukuni Shrine every year during his term", "… in 2005": the recorded visits there
        // support it when one fits; a year alone never contradicts.
        if (dest.kind !== "place") continue;
        const mine = visits.filter((v) => to(v) && v.e.participants.has(visitor.entity) && (!loose || v.e.occurred.some((r) => fits(r, loose, "any", ctx.today) === true))).map((v) => v.e);
        if (mine.length !== 1) continue;
        out.push({ rule: "visit", subject: mine[0]!.id, object: visitor.entity, p: "participant", at, cue: at, ...(loose ? { time: loose } : { undated: true }) });
        continue;
      }
      const then = visits.filter((v) => to(v) && v.e.occurred.some((r) => fits(r, time, "any", ctx.today) === true)).map((v) => v.e);
      const made = then.filter((e) => e.participants.has(visitor.entity));
      const claim = (e: EventCue, extra: Partial<Candidate> = {}) => {
        out.push({ rule: "visit", subject: e.id, object: null, p: "occurred", at, cue: at, time });
        out.push({ rule: "visit", subject: e.id, object: visitor.entity, p: "participant", at, cue: at, time, ...extra });
        // The state visited took part as the visit's host ("visited China": China hosted it).
        const host = dest.kind === "state" ? dest.entity : capitalOf;
        if (host && e.participants.has(host)) out.push({ rule: "visit", subject: e.id, object: host, p: "participant", at, cue: at });
      };
      const one = oneVisit(ctx.k, made, dest.kind === "state" ? dest.entity : capitalOf);
      if (one) claim(one);
      else if (!made.length) {
        // Made by someone else who held an office the named person also held: the named person did not make it.
        const mine = officesOf(ctx, visitor.entity);
        const other = then.length === 1 ? [...then[0]!.participants].find((p) => p !== visitor.entity && ctx.k.gazetteer.kinds.get(p) === "person" && [...officesOf(ctx, p)].some((o) => mine.has(o))) : undefined;
        if (other) {
          claim(then[0]!, { instead: other });
          continue;
        }
        // No visit to that state by the person then, and the person made only one, at another time ("October 1982
        // Emperor Akihito visits China": his one visit to China was in 1992): that visit is meant, and the date is
        // wrong. When others visited that state then, only a visit noun bound to the person says which visit is
        // meant ("1997年2月のエンフバヤル大統領訪日": his one visit to Japan was in 2007).
        const ever = visits.filter((v) => to(v) && v.e.participants.has(visitor.entity));
        if (ever.length === 1 && (!then.length || noun)) claim(ever[0]!.e);
      }
    }
    return out;
  },
};
