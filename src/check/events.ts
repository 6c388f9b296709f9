import type { Mention } from "./gazetteer.js";
import { clauseAround } from "./polarity.js";
import type { EventCue, Knowledge } from "./knowledge.js";
import type { TimeMention } from "./times.js";
import { fits } from "./verdict.js";
import { stemKey, TextWords, WordBag } from "./words.js";

/** An event the sentence describes without naming it, with the date it gives for it, if any. */
export interface Described {
  id: string;
  time: TimeMention | undefined;
  /** Described beyond doubt with a date that fits none of its occurrences: the claim may be contradicted. */
  mismatch?: boolean;
}

/** The words of a sentence outside the titles it names, and each title's own words. */
export interface TitleWords {
  outside: WordBag;
  titles: Map<string, WordBag>;
  /** The words outside every name, and each name's words: what the sentence says beyond naming who took part. */
  unnamed: WordBag;
  names: Map<string, WordBag>;
  /** The words outside the sentence's dates: a month there is a date, not a word of an event's name. */
  undated: WordBag;
  /** Where each entity is named, in the whole text, and the clause around an offset of it. */
  at: Map<string, number[]>;
  clause: (at: number) => [number, number];
}

/** A word found in the names of at most this many events tells one of them apart. */
const RARE = 8;

/** Month names: in an event's name ("…visit to Denmark (September 2002)") they are its date. */
const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);

/** Kinds of entity whose name is a title: its words speak of it, not of what the sentence describes. */
const TITLE_KINDS = new Set(["agreement", "event", "policy", "organization"]);

/**
 * Splits a sentence's words into those inside the titles it names ("the Japan-DPRK Pyongyang
 * Declaration") and those outside: a word of a title describes no other event ("Pyongyang" in the
 * declaration's name is no visit to Pyongyang).
 *
 * @example titleWords(slice, found, start).titles.get("japan-dprk-pyongyang-declaration-2002")?.has("pyongyang") // true
 */
export function titleWords(slice: string, found: Mention[], offset: number, times: TimeMention[] = [], read = new TextWords(slice)): TitleWords {
  const titled: [number, number][] = [];
  const named: [number, number][] = [];
  const titles = new Map<string, WordBag>();
  const names = new Map<string, WordBag>();
  const at = new Map<string, number[]>();
  for (const m of found) {
    if (m.via === "reference") continue;
    const [a, b] = [m.start - offset, m.end - offset];
    named.push([a, b]);
    names.set(m.entity, new WordBag(read.within(a, b)));
    at.set(m.entity, [...(at.get(m.entity) ?? []), m.start]);
    if (!TITLE_KINDS.has(m.kind)) continue;
    titles.set(m.entity, new WordBag(read.within(a, b)));
    titled.push([a, b]);
  }
  return { outside: new WordBag(read.without(titled)), titles, unnamed: new WordBag(read.without(named)), names, undated: new WordBag(read.without(times.map((t) => [t.start - offset, t.end - offset] as const))), at,
    clause: (x) => clauseAround(slice, x - offset).map((y) => y + offset) as [number, number] };
}

/** Per knowledge base: a count per event (zero between calls), and how many words and persons each event has. */
interface Scratch {
  hits: Int32Array;
  words: Int32Array;
  persons: Int32Array;
}
const SCRATCH = new WeakMap<Knowledge, Scratch>();
const scratch = (k: Knowledge) =>
  SCRATCH.get(k) ??
  SCRATCH.set(k, { hits: new Int32Array(k.events.length), words: Int32Array.from(k.events, (e) => e.wordList.length), persons: Int32Array.from(k.events, (e) => e.persons.length) }).get(k)!;

/**
 * Puts in `met` the events (places in `k.events`) of a sentence's words that someone it names took part in,
 * in the order first met (by word, then in the order of events), each counted in `hits` once per word of its
 * name whose stem the sentence has: at most that many words are shared, which rules most of them out before
 * any word is compared. The caller sets the counts of the events met back to zero.
 */
function metEvents(k: Knowledge, bag: WordBag, ids: Set<string>, hits: Int32Array, met: number[]): void {
  for (const key of bag.keys()) {
    const byParticipant = k.eventsByWordAndParticipant.get(key);
    if (!byParticipant) continue;
    const places: number[] = [];
    let lists = 0;
    for (const id of ids) {
      const at = byParticipant.get(id);
      if (!at) continue;
      lists++;
      for (const v of at) places.push(v);
    }
    if (lists > 1) places.sort((a, b) => a - b);
    let last = -1;
    for (const v of places) {
      if (v === last) continue;
      last = v;
      const i = (v / 1024) | 0;
      const n = hits[i]!;
      hits[i] = n + (v % 1024);
      if (n === 0) met.push(i);
    }
  }
}

/** A date no wider than a month: a year alone is too wide to tell one event of that year from another. */
export const monthPrecise = (t: TimeMention) => !t.span && t.min.slice(0, 7) === t.max.slice(0, 7);

/** A date no wider than a month, or a year that holds the whole event. */
function precise(t: TimeMention, from: string, to: string): boolean {
  if (t.span) return false;
  if (t.min.slice(0, 7) === t.max.slice(0, 7)) return true;
  return t.min <= from && to <= t.max;
}

/**
 * Events a sentence describes rather than names ("North Korea launched missiles in July 2006", "a
 * Chinese trawler collided with a Japanese ship in September 2010"): one of their participants is
 * named, and the sentence has the distinctive words of their name (forms of them: "collided" for
 * "collision"): two of them, or one when a person who took part is named or the date is precise.
 * With dates in the sentence, one of them must fit the event; without any, three words (or two and a
 * named person who took part) are needed.
 */
export function describedEvents(k: Knowledge, bag: WordBag, ids: Set<string>, times: TimeMention[], today: string, titled?: TitleWords): Described[] {
  const out: (Described & { present: string[] })[] = [];
  // Helpers made once per sentence, not once per event (closures per event cost more than the work they do).
  // Words that only name one who took part ("Junichiro Koizumi" for "Koizumi's visit to South Africa") tell
  // no one of his trips from another: without a word of its own, two of its participants must be named.
  const ownWord = (e: EventCue, w: string) => {
    if (titled!.unnamed.has(w)) return true;
    for (const [id, n] of titled!.names) if (!e.participants.has(id) && n.has(w)) return true;
    return false;
  };
  // The date is said of the event only in the clause that names one who took part ("signed on 4 February
  // 2016, but … Trump withdrew": the date is the signature's).
  const sameClause = (t: TimeMention, ps: string[]) => !!titled && ps.some((p) => (titled.at.get(p) ?? []).some((x) => { const [a, b] = titled.clause(t.start); return a <= x && x < b; }));
  // Its own words, said outside the names of those who took part, and rare among events' names ("trade" and
  // "signing" name dozens; "identification" and "zone" a few).
  const own = (e: EventCue, ws: string[]) => ws.filter((w) => (!titled || ownWord(e, w)) && (k.eventsByWord.get(stemKey(w))?.length ?? 0) <= RARE).length;
  const inTitleOf = (e: EventCue, w: string) => { for (const [id, t] of titled!.titles) if (e.participants.has(id) && t.has(w)) return true; return false; };
  const { hits, words: wordCount, persons } = scratch(k);
  const met: number[] = [];
  try {
    metEvents(k, bag, ids, hits, met);
    for (const i of met) {
      // One word at most, of a name of several, and no person who took part named: described in no way below.
      if (hits[i]! < 2 && wordCount[i] !== 1 && (persons[i] === 0 || !k.events[i]!.persons.some((p) => ids.has(p)))) continue;
      const e = k.events[i]!;
      if (ids.has(e.id)) continue;
      const present: string[] = [];
      for (const p of e.participantList) if (ids.has(p)) present.push(p);
      // Words inside another event's or agreement's title count only for an event it took part in.
      // A month written in a date is that date ("in September 2002"), compared with the event's below; a month
      // written alone beside the event's words ("October nuclear test") is one of its words.
      const words: string[] = [];
      for (const w of e.wordList) {
        if (!bag.has(w)) continue;
        if (titled && !titled.outside.has(w) && !inTitleOf(e, w)) continue;
        if (titled && MONTHS.has(w) && !titled.undated.has(w)) continue;
        words.push(w);
      }
      const shared = words.length;
      if (!shared) continue;
      if (titled && present.length < 2 && !words.some((w) => ownWord(e, w))) continue;
      const person = present.some((p) => k.gazetteer.kinds.get(p) === "person");
      // Every way below of describing an event needs two of its words, one of a one-word name, or a person who
      // took part (the own rare words counted for a wrong date are among the shared ones): none, no date to compare.
      if (shared < 2 && !person && e.words.size !== 1) continue;
      if (times.length) {
        const [from, to] = [e.occurred[0]!.s_min!, e.occurred[0]!.e_max ?? e.occurred[0]!.s_max!];
        const time = times.find((t) => e.occurred.some((r) => fits(r, t, "any", today) === true));
        // Two of its words (one for a one-word name), or one with a person who took part and a precise date:
        // a date alone never makes a described event, however precise ("in 2019" names no 2019 event).
        if (time && ((shared >= 2 && monthPrecise(time)) || shared >= 3 || (e.words.size === 1 && monthPrecise(time) && precise(time, from, to)) || (person && shared >= 2))) out.push({ id: e.id, time, present });
        // Described beyond doubt (three of its own rare words, or a person who took part with another participant
        // and one rare word) with the sentence's one date, which does not fit: the date is
        // wrong ("October 1982 Emperor Akihito visits China"), unless another event the sentence describes fits it.
        else if (!time && times.length === 1 && !times[0]!.span && sameClause(times[0]!, present) && (own(e, words) >= 3 || (person && present.length >= 2 && own(e, words) >= 1)))
          out.push({ id: e.id, time: times[0], present, mismatch: true });
      } else if (shared >= 3 || (person && shared >= 2)) out.push({ id: e.id, time: undefined, present });
    }
  } finally {
    for (const i of met) hits[i] = 0;
  }
  // Of two events one person took part in, the one more of whose participants the sentence names is meant
  // ("Abe visited China in October 2006" is his visit to China, not the one to South Korea that month).
  const fitting = out.filter((e) => !e.mismatch);
  return out
    .filter((e) => !e.mismatch || !fitting.length)
    .filter((e) => !out.some((o) => o !== e && o.present.length > e.present.length && o.present.some((p) => e.present.includes(p) && k.gazetteer.kinds.get(p) === "person")))
    .map(({ id, time, mismatch }) => ({ id, time, ...(mismatch ? { mismatch } : {}) }));
}
