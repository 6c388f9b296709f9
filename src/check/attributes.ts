import type { StatementRow } from "../kb/store.js";
import type { AttributeCue, Knowledge } from "./knowledge.js";
import type { TimeMention } from "./times.js";
import type { WordBag } from "./words.js";

/** A recorded attribute a sentence restates, or restates wrongly. */
export interface AttributeMatch {
  row: StatementRow;
  verdict: "supported" | "contradicted";
  /** For a contradiction: the accepted values of the same attribute. */
  expected: string | null;
  time: TimeMention | undefined;
  used: StatementRow[];
  /** Numbers of the value that the sentence restates (years aside): with a dated place, what lets an attribute support. */
  numbers: number;
}

export interface SentenceCues {
  bag: WordBag;
  numbers: Set<string>;
  /** Entities named, referred to or described in the sentence. */
  ids: Set<string>;
  times: TimeMention[];
  /** Where each entity is first named in the sentence. */
  at: Map<string, number>;
  /**
   * Only contradictions are wanted (the caller drops supporting matches without a date or number, and this
   * sentence has neither): attributes with no rejected value are left out, as their best match could only support.
   */
  rejectedOnly?: boolean;
}

/** Per knowledge base, a count per attribute and whether it is a candidate already, zero between calls. */
const HITS = new WeakMap<Knowledge, { hits: Int32Array; taken: Uint8Array }>();
function hitCounts(k: Knowledge): { hits: Int32Array; taken: Uint8Array } {
  let h = HITS.get(k);
  if (!h) HITS.set(k, (h = { hits: new Int32Array(k.attributes.all.length), taken: new Uint8Array(k.attributes.all.length) }));
  return h;
}

/** The attributes a sentence is read for: by subject, by the entity its value is, by word stem (stems of more than `COMMON_WORD_LIST` attributes left out). */
interface Lists {
  bySubject: Map<string, AttributeCue[]>;
  byValueEntity: Map<string, AttributeCue[]>;
  byWord: Map<string, AttributeCue[]>;
}

/** A stem found in more attributes than this tells none of them apart: its attributes are not counted. */
const COMMON_WORD_LIST = 200;

/**
 * Per knowledge base, the lists of every attribute and those of the attributes with a rejected value (all a
 * sentence with neither a number nor a date is read for), each in the order of the index: read through the
 * shorter lists, such a sentence meets its candidates in the same order, without the others.
 */
const LISTS = new WeakMap<Knowledge, { all: Lists; rejected: Lists }>();
function lists(k: Knowledge): { all: Lists; rejected: Lists } {
  let l = LISTS.get(k);
  if (l) return l;
  const idx = k.attributes;
  const keep = (m: Map<string, AttributeCue[]>) => {
    const out = new Map<string, AttributeCue[]>();
    for (const [key, list] of m) {
      if (list.length > COMMON_WORD_LIST && m === idx.byWord) continue;
      const some = list.filter((a) => idx.rejectedGroups.has(a.group));
      if (some.length) out.set(key, some);
    }
    return out;
  };
  const all = { bySubject: idx.bySubject, byValueEntity: idx.byValueEntity, byWord: new Map([...idx.byWord].filter(([, list]) => list.length <= COMMON_WORD_LIST)) };
  LISTS.set(k, (l = { all, rejected: { bySubject: keep(idx.bySubject), byValueEntity: keep(idx.byValueEntity), byWord: keep(idx.byWord) } }));
  return l;
}

/** Whether an entity holds a statement with any of some entities. */
function anyNeighbour(k: Knowledge, id: string, ids: Set<string>): boolean {
  const near = k.neighbours.get(id);
  if (!near) return false;
  for (const n of ids) if (near.has(n)) return true;
  return false;
}

/**
 * The recorded attributes a sentence restates. An attribute is matched when:
 * - its value is a place or other entity named in the sentence and its date is the date written next to
 *   that name ("arriving in Acapulco on 25 January 1614");
 * - its entity is in the sentence and the sentence has all of a short value ("a 2-year mission") or
 *   three of its words (or two and a number);
 * - its entity, or one its value names, is linked to one in the sentence and the sentence has three of
 *   its uncommon words (and, when the sentence names neither, no number: a number the sentence gives
 *   of something else is no restated value);
 * - the sentence has four of its uncommon words.
 * The best match per entity and role decides: an accepted value supports, a value the knowledge base
 * rejects contradicts (with the accepted values of that role as the expected value).
 */
/**
 * Whether the attribute is an agreement's the sentence names no party of but Japan, while it names other states: "Japan
 * pledged to give Myanmar US$200 million … and $50 million" restates nothing of the reparations agreement with the
 * Philippines, which pledged another $50 million.
 */
function otherParties(k: Knowledge, subject: string, ids: ReadonlySet<string>): boolean {
  const parties = k.partiesOf.get(subject);
  if (!parties || ids.has(subject)) return false;
  let other = false;
  for (const id of ids) {
    if (id === "japan" || k.gazetteer.kinds.get(id) !== "state") continue;
    if (parties.has(id)) return false;
    other = true;
  }
  return other;
}

export function matchAttributes(k: Knowledge, s: SentenceCues): AttributeMatch[] {
  const idx = k.attributes;
  // Only attributes with a rejected value, when only contradictions are wanted.
  const from = s.rejectedOnly ? lists(k).rejected : lists(k).all;
  // The candidates in the order first met, each once (marked in a typed array, not kept in a Set).
  const { hits, taken } = hitCounts(k);
  const candidates: AttributeCue[] = [];
  const met: AttributeCue[] = [];
  try {
    for (const id of s.ids) {
      for (const a of from.bySubject.get(id) ?? []) if (taken[a.index] === 0) (taken[a.index] = 1), candidates.push(a);
      for (const a of from.byValueEntity.get(id) ?? []) if (taken[a.index] === 0) (taken[a.index] = 1), candidates.push(a);
    }
    // How many of the sentence's word stems each attribute has (common stems aside), counted in a typed array
    // and read in the order first met.
    for (const key of s.bag.keys()) {
      const list = from.byWord.get(key);
      if (!list) continue;
      for (const a of list) if (hits[a.index]!++ === 0) met.push(a);
    }
    for (const a of met) if (hits[a.index]! >= 3 && taken[a.index] === 0) (taken[a.index] = 1), candidates.push(a);
  } finally {
    for (const a of met) hits[a.index] = 0;
    for (const a of candidates) taken[a.index] = 0;
  }

  const scored: { a: AttributeCue; score: number; time: TimeMention | undefined; numbers: number }[] = [];
  for (const a of candidates) {
    const r = a.row;
    // The words it shares with the sentence, and how many of them are rare among attributes.
    let shared = 0;
    let uncommon = 0;
    for (let i = 0; i < a.words.length; i++) if (s.bag.has(a.words[i]!, a.keys[i])) (shared++, a.rare[i] && uncommon++);
    let nums = 0;
    for (const n of a.nums) if (s.numbers.has(n)) nums++;
    const here = s.ids.has(r.subject);
    let valueNamed = false;
    for (const n of a.valueNames) if (s.ids.has(n)) valueNamed = true;
    let time: TimeMention | undefined;
    let score = shared + 2 * nums;
    if (a.valueEntity && s.ids.has(a.valueEntity) && r.s_min && r.s_max) {
      // The date written closest to the name must be as precise as the attribute's and hold its day.
      const at = s.at.get(a.valueEntity) ?? 0;
      const near = s.times.reduce<TimeMention | undefined>((b, t) => (!b || Math.abs(t.start - at) < Math.abs(b.start - at) ? t : b), undefined);
      if (near && !near.span && near.min <= r.s_min && r.s_max <= near.max && near.max.slice(0, 7) === near.min.slice(0, 7)) {
        time = near;
        score += 4;
      }
    }
    const whole = a.value.length >= 2 && a.value.every((v, i) => (a.valueNumber[i] ? s.numbers.has(v) : s.bag.has(v)));
    const ok =
      time !== undefined ||
      (here && (whole || shared >= 3 || (nums >= 1 && shared >= 2))) ||
      // Linked to an entity of the sentence (read only where it decides).
      (a.curated && uncommon >= 3 && (here || valueNamed || nums === 0) && (here || valueNamed || anyNeighbour(k, r.subject, s.ids))) ||
      // Of an entity the sentence does not name, shared words and a number say little: "the CPTPP, the third
      // largest free-trade area by GDP" is not Japan's rank by GDP.
      (a.curated && uncommon >= 4);
    if (!ok || otherParties(k, r.subject, s.ids)) continue;
    let numbers = 0;
    a.value.forEach((v, i) => a.valueNumber[i] && s.numbers.has(v) && numbers++);
    scored.push({ a, score: score + (whole ? 2 : 0), time, numbers });
  }
  // Per entity and role, the best match decides.
  const best = new Map<string, (typeof scored)[number]>();
  for (const x of scored) {
    const key = x.a.group;
    const b = best.get(key);
    if (!b || x.score > b.score || (x.score === b.score && x.a.row.status !== "rejected" && b.a.row.status === "rejected")) best.set(key, x);
  }
  return [...best.values()].map(({ a, time, numbers }) => {
    if (a.row.status !== "rejected") return { row: a.row, verdict: "supported" as const, expected: null, time, used: [a.row], numbers };
    const same = (idx.bySubject.get(a.row.subject) ?? []).filter((o) => o.row.role === a.row.role && o.row.status !== "rejected").map((o) => o.row);
    return { row: a.row, verdict: "contradicted" as const, expected: same.map((o) => o.value).join("; ") || a.row.note, time, used: [a.row, ...same], numbers };
  });
}
