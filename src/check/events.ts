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
  readonly outside: WordBag;
  readonly titles: Map<string, WordBag>;
  /** The words outside every name, and each name's words: what the sentence says beyond naming who took part. */
  readonly unnamed: WordBag;
  readonly names: Map<string, WordBag>;
  /** The words outside the sentence's dates: a month there is a date, not a word of an event's name. */
  readonly undated: WordBag;
  /** Where each entity is named, in the whole text, and the clause around an offset of it. */
  readonly at: Map<string, number[]>;
  clause(at: number): [number, number];
  /** The sentence's text between two offsets (offsets in the whole text). */
  text(from: number, to: number): string;
  /** The words of the office titles written right before persons' names ("foreign minister Fumio Kishida"). */
  readonly honorifics: WordBag;
  /** The words of agreements' names the sentence gives and gaiko does not know. */
  readonly unknownAgreements: WordBag;
}

/** An office title ending right before a person's name. */
const HONORIFIC = /\b(?:(?:then|vice|deputy|foreign|prime|defen[cs]e|chief|cabinet|general|first|state)[\s-]+)*(?:minister|president|premier|secretary(?: of state)?|chancellor|emperor|leader|chairman|ambassador)\s+$/i;

/** A title before a capitalised name of two words or more (the title is the first group). */
const TITLE_BEFORE_NAME = /\b((?:(?:vice|deputy|foreign|prime|defen[cs]e|chief|general|state)[\s-]+)*(?:minister|president|premier|chancellor|leader|chairman|ambassador))\s+(?=[A-Z][a-z]+(?:[\s-]+[A-Z][a-z]+)+)/gi;

/** A capitalised name of an agreement ("the Japan-Singapore New Age Partnership Agreement"). */
const UNKNOWN_AGREEMENT = /\b(?:[A-Z][\w'’]*(?:[\s-]+|\s+(?:of|on|for|and)\s+)){1,8}(?:Agreement|Treaty|Pact|Accord|Convention|Communiqu[eé])\b/g;

/** A word found in the names of at most this many events tells one of them apart. */
const RARE = 8;

/** Month names: in an event's name ("…visit to Denmark (September 2002)") they are its date. */
const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);

/** Kinds of entity whose name is a title: its words speak of it, not of what the sentence describes. */
const TITLE_KINDS = new Set(["agreement", "event", "policy", "organization"]);

/**
 * Splits a sentence's words into those inside the titles it names ("the Japan-DPRK Pyongyang
 * Declaration") and those outside: a word of a title describes no other event ("Pyongyang" in the
 * declaration's name is no visit to Pyongyang). Each part is read when first asked for: most sentences
 * need few of them, and four in ten none (no event they might describe shares two words with them).
 *
 * @example titleWords(slice, found, start).titles.get("japan-dprk-pyongyang-declaration-2002")?.has("pyongyang") // true
 */
export function titleWords(slice: string, found: Mention[], offset: number, times: TimeMention[] = [], read = new TextWords(slice), whole?: WordBag): TitleWords {
  return new SentenceTitles(slice, found, offset, times, read, whole);
}

/** The parts of `TitleWords`, each read once, when first asked for. */
class SentenceTitles implements TitleWords {
  private spans?: { titled: [number, number][]; named: [number, number][]; at: Map<string, number[]> };
  private bags?: { titles: Map<string, WordBag>; names: Map<string, WordBag> };
  private outsideBag?: WordBag;
  private unnamedBag?: WordBag;
  private undatedBag?: WordBag;
  private honorificBag?: WordBag;
  private unknownAgreementBag?: WordBag;

  constructor(
    private readonly slice: string,
    private readonly found: Mention[],
    private readonly offset: number,
    private readonly times: TimeMention[],
    private readonly read: TextWords,
    /** The bag of all the sentence's words (`read.all()`), when the caller has it: a part with nothing taken out is that bag. */
    private readonly whole?: WordBag,
  ) {}

  /** The bag of the words outside some ranges: the whole bag when there are none. */
  private bagWithout(ranges: readonly (readonly [number, number])[]): WordBag {
    return !ranges.length && this.whole ? this.whole : new WordBag(this.read.without(ranges));
  }

  /** The spans of the names and titles (offsets in the sentence) and where each entity is named. */
  private named() {
    if (this.spans) return this.spans;
    const titled: [number, number][] = [];
    const named: [number, number][] = [];
    const at = new Map<string, number[]>();
    for (const m of this.found) {
      if (m.via === "reference") continue;
      const span: [number, number] = [m.start - this.offset, m.end - this.offset];
      named.push(span);
      at.set(m.entity, [...(at.get(m.entity) ?? []), m.start]);
      if (TITLE_KINDS.has(m.kind)) titled.push(span);
    }
    return (this.spans = { titled, named, at });
  }

  /** Each name's words and each title's, by entity (the last mention of it). */
  private nameBags() {
    if (this.bags) return this.bags;
    const titles = new Map<string, WordBag>();
    const names = new Map<string, WordBag>();
    for (const m of this.found) {
      if (m.via === "reference") continue;
      const bag = new WordBag(this.read.within(m.start - this.offset, m.end - this.offset));
      names.set(m.entity, bag);
      if (TITLE_KINDS.has(m.kind)) titles.set(m.entity, bag);
    }
    return (this.bags = { titles, names });
  }

  get outside(): WordBag {
    return (this.outsideBag ??= this.bagWithout(this.named().titled));
  }
  get titles(): Map<string, WordBag> {
    return this.nameBags().titles;
  }
  get unnamed(): WordBag {
    return (this.unnamedBag ??= this.bagWithout(this.named().named));
  }
  get names(): Map<string, WordBag> {
    return this.nameBags().names;
  }
  get undated(): WordBag {
    return (this.undatedBag ??= this.bagWithout(this.times.map((t) => [t.start - this.offset, t.end - this.offset] as const)));
  }
  get at(): Map<string, number[]> {
    return this.named().at;
  }
  clause(x: number): [number, number] {
    return clauseAround(this.slice, x - this.offset).map((y) => y + this.offset) as [number, number];
  }
  get unknownAgreements(): WordBag {
    if (this.unknownAgreementBag) return this.unknownAgreementBag;
    const words: string[] = [];
    for (const t of this.slice.matchAll(UNKNOWN_AGREEMENT)) {
      const at = t.index + this.offset;
      if (!this.found.some((m) => m.start < at + t[0].length && at < m.end && (m.kind === "agreement" || m.kind === "event"))) words.push(...this.read.within(t.index, t.index + t[0].length));
    }
    return (this.unknownAgreementBag = new WordBag(words));
  }
  get honorifics(): WordBag {
    if (this.honorificBag) return this.honorificBag;
    const words: string[] = [];
    for (const m of this.found) {
      if (m.kind !== "person" || m.via === "reference") continue;
      const at = m.start - this.offset;
      const t = HONORIFIC.exec(this.slice.slice(Math.max(0, at - 40), at));
      if (t) words.push(...this.read.within(at - t[0].length, at));
    }
    // A title before a name gaiko does not know ("Singapore's Prime Minister Lee Kuan Yew") is said of a person too.
    for (const t of this.slice.matchAll(TITLE_BEFORE_NAME)) words.push(...this.read.within(t.index, t.index + t[1]!.length));
    return (this.honorificBag = new WordBag(words));
  }
  text(from: number, to: number): string {
    return this.slice.slice(Math.max(0, from - this.offset), Math.max(0, to - this.offset));
  }
}

/** Per knowledge base: a count and a mark per event (zero between calls), and how many words each event has. */
interface Scratch {
  hits: Int32Array;
  /** 1 for an event met through a person the sentence names, who took part in it. */
  personNamed: Uint8Array;
  words: Int32Array;
  /** The number of the stem an event was last met for (a new number per stem read, so nothing is cleared). */
  stamp: Int32Array;
  stamps: number;
  /** The events met in a sentence, in the order first met (each once: at most every event). */
  met: Int32Array;
  /** Everyone who took part in an event: only they have events listed under them. */
  participants: Set<string>;
}
const SCRATCH = new WeakMap<Knowledge, Scratch>();
function scratch(k: Knowledge): Scratch {
  let s = SCRATCH.get(k);
  const n = k.events.length;
  if (!s) SCRATCH.set(k, (s = { hits: new Int32Array(n), personNamed: new Uint8Array(n), words: Int32Array.from(k.events, (e) => e.wordList.length), stamp: new Int32Array(n), stamps: 0, met: new Int32Array(n), participants: new Set(k.events.flatMap((e) => e.participantList)) }));
  return s;
}

/**
 * Puts in `s.met` the events (places in `k.events`) of a sentence's words that someone it names took part in,
 * in the order first met (by word, then in the order of events), each counted in `hits` once per word of its
 * name whose stem the sentence has: at most that many words are shared, which rules most of them out before
 * any word is compared. An event is listed under each of its participants, so one met through a person the
 * sentence names (of `persons`) is one that person took part in: marked in `personNamed`, without reading
 * the event. Returns how many were met; the caller sets their counts and marks back to zero.
 */
function metEvents(k: Knowledge, bag: WordBag, ids: readonly string[], persons: string[], s: Scratch): number {
  const { hits, personNamed, stamp, met } = s;
  let count = 0;
  for (const key of bag.keys()) {
    const byParticipant = k.eventsByWordAndParticipant.get(key);
    if (!byParticipant) continue;
    if (s.stamps === 0x7fffffff) (stamp.fill(0), (s.stamps = 0));
    const mark = ++s.stamps;
    // An event listed under several of the participants named is counted once (its entries for one stem are equal).
    let lists = 0;
    const first = count;
    for (let x = 0; x < ids.length; x++) {
      const at = byParticipant.get(ids[x]!);
      if (!at) continue;
      lists++;
      for (let j = 0; j < at.length; j++) {
        const v = at[j]!;
        const i = (v / 1024) | 0;
        if (stamp[i] === mark) continue;
        stamp[i] = mark;
        const h = hits[i]!;
        hits[i] = h + (v % 1024);
        if (h === 0) met[count++] = i;
      }
    }
    // Each list is in the order of events: several are read in that order once merged.
    if (lists > 1 && count - first > 1) sortRange(met, first, count);
    for (const p of persons) {
      const at = byParticipant.get(p);
      if (at) for (let j = 0; j < at.length; j++) personNamed[(at[j]! / 1024) | 0] = 1;
    }
  }
  return count;
}

/** Sorts the numbers of an array from `from` to `to` in place, ascending: by insertion when few (most lists), without a view made per call. */
function sortRange(a: Int32Array, from: number, to: number): void {
  if (to - from > 32) {
    a.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const v = a[i]!;
    let j = i - 1;
    for (; j >= from && a[j]! > v; j--) a[j + 1] = a[j]!;
    a[j + 1] = v;
  }
}

/**
 * A date no wider than a month: a year alone is too wide to tell one event of that year from another. Days from one
 * to another in a month ("from 3 to 5 October 2010") are one too.
 */
export const monthPrecise = (t: TimeMention) => (!t.span || !!t.bounds) && t.min.slice(0, 7) === t.max.slice(0, 7);

/** A date no wider than a month, or a year that holds the whole event. */
function precise(t: TimeMention, from: string, to: string): boolean {
  if (t.span && !t.bounds) return false;
  if (t.min.slice(0, 7) === t.max.slice(0, 7)) return true;
  return t.min <= from && to <= t.max;
}

// The helpers below are functions of the module, not closures made per sentence (a closure per call, and
// tsx's naming of each, cost more than the work they do).

/**
 * Words that only name one who took part ("Junichiro Koizumi" for "Koizumi's visit to South Africa") tell
 * no one of his trips from another: a word is the event's own if said outside every name, or in the name
 * of one who did not take part.
 */
function ownWord(titled: TitleWords, e: EventCue, w: string): boolean {
  if (titled.unnamed.has(w)) return true;
  for (const [id, n] of titled.names) if (!e.participants.has(id) && n.has(w)) return true;
  return false;
}

/**
 * The date is said of the event only in the clause that names one who took part ("signed on 4 February
 * 2016, but … Trump withdrew": the date is the signature's).
 */
function sameClause(titled: TitleWords | undefined, t: TimeMention, ps: string[]): boolean {
  if (!titled) return false;
  // "…after July 7, 1937, when Chinese and Japanese forces clashed …": the clause that "when" opens right after the
  // date is said at that date.
  const when = /^\s*,?\s*when\b/i.exec(titled.text(t.end, t.end + 12));
  const clauses = [titled.clause(t.start), ...(when ? [titled.clause(t.end + when[0].length + 1)] : [])];
  for (const p of ps)
    for (const x of titled.at.get(p) ?? []) {
      for (const [a, b] of clauses) if (a <= x && x < b) return true;
    }
  return false;
}

/**
 * How many of its words are its own, said outside the names of those who took part, and rare among events'
 * names ("trade" and "signing" name dozens; "identification" and "zone" a few).
 */
function own(k: Knowledge, titled: TitleWords | undefined, e: EventCue, ws: string[]): number {
  let n = 0;
  for (const w of ws) if ((!titled || ownWord(titled, e, w)) && (k.eventsByWord.get(stemKey(w))?.length ?? 0) <= RARE && !personWord(k, e, w)) n++;
  return n;
}

/**
 * Whether a word is in the name of a person who took part (of those the sentence names, when `named` is given): it
 * says who, not what ("the Kim-Ohira memos" of 1962 are no misdated "Ohira's visit to China" of 1979).
 */
function personWord(k: Knowledge, e: EventCue, w: string, named?: Set<string>): boolean {
  const key = stemKey(w);
  for (const p of e.participantList) {
    if ((named && !named.has(p)) || k.gazetteer.kinds.get(p) !== "person") continue;
    for (const name of k.gazetteer.englishNames.get(p) ?? []) for (const part of name.split(/[\s-]+/)) if (stemKey(part.toLowerCase()) === key) return true;
  }
  return false;
}

/** Whether a word is in the title of another event or agreement the event's participant is. */
function inTitleOf(titled: TitleWords, e: EventCue, w: string): boolean {
  for (const [id, t] of titled.titles) if (e.participants.has(id) && t.has(w)) return true;
  return false;
}

/** The words that say what kind of event a sentence tells of, by the event's type. */
const TYPE_WORDS: Record<string, string> = { summit: "summit", conference: "conference" };

/** Whether the sentence says the event's kind ("Japan hosted the G20 summit in Osaka": a summit). */
function typeSaid(bag: WordBag, e: EventCue): boolean {
  const word = TYPE_WORDS[e.type ?? ""];
  return !!word && bag.has(word);
}

/** Whether the sentence names the place the event was held at ("met Vladimir Putin in Singapore"). */
function heldAtNamed(e: EventCue, ids: Set<string>): boolean {
  return e.occurred.some((r) => !!r.at && ids.has(r.at));
}

/** Whether a person among `present` took part in an event other than `e` that fits the date. */
function busyThen(k: Knowledge, e: EventCue, present: string[], t: TimeMention, today: string): boolean {
  const persons = present.filter((p) => k.gazetteer.kinds.get(p) === "person");
  // Two persons who met: another event of one of them alone at that date ("Abe visited Germany in March 2017") is no
  // other reading of "Abe met Putin in Singapore in March 2017"; one both took part in is.
  const together = Math.min(2, persons.length);
  return persons.length > 0 && k.events.some((o) => o !== e && persons.filter((p) => o.participants.has(p)).length >= together && o.occurred.some((r) => fits(r, t, "any", today) === true));
}

/** Words of an act the sentence tells of in its own words ("reached an agreement in 2015"): the date may be that act's. */
const ACTS = ["agreement", "accord", "deal", "treaty", "pact", "communique", "summit"];

/**
 * Whether the sentence speaks of an act, unnamed, that is not the event's own ("South Korea and Japan reached an
 * agreement in 2015 … 'comfort women'" dates the agreement, not the Kono Statement of 1993): no date is then
 * read as the event's, wrong.
 */
function actOfItsOwn(bag: WordBag, e: EventCue): boolean {
  // A summit's "summit" is its own kind, said of it ("Japan hosted the G20 summit in Osaka in 2017").
  return ACTS.some((w) => bag.has(w) && !e.words.has(w) && w !== TYPE_WORDS[e.type ?? ""]);
}

/** Whether the sentence names an agreement or an event, which its date then belongs to. */
function namesDated(k: Knowledge, ids: Set<string>): boolean {
  for (const id of ids) if (k.gazetteer.kinds.get(id) === "agreement" || k.gazetteer.kinds.get(id) === "event") return true;
  return false;
}

/** Whether the sentence names a state that took no part in the event while a state that did is not named. */
/**
 * Whether the sentence names a person who did not take part in an event that records the persons who did: "Trump
 * held a virtual meeting with Kishida" describes no Quad meeting that Biden attended.
 */
function otherPersons(k: Knowledge, ids: Set<string>, e: EventCue): boolean {
  return e.participantList.some((p) => k.gazetteer.kinds.get(p) === "person") && [...ids].some((x) => k.gazetteer.kinds.get(x) === "person" && !e.participants.has(x));
}

function otherStates(k: Knowledge, ids: Set<string>, e: EventCue): boolean {
  // The state it was held in takes no part by being named ("met Putin in Singapore").
  return [...ids].some((x) => k.gazetteer.kinds.get(x) === "state" && !e.participants.has(x) && !e.occurred.some((r) => r.at === x)) && e.participantList.some((p) => k.gazetteer.kinds.get(p) === "state" && p !== "japan" && !ids.has(p));
}

/**
 * Events a sentence describes rather than names ("North Korea launched missiles in July 2006", "a
 * Chinese trawler collided with a Japanese ship in September 2010"): one of their participants is
 * named, and the sentence has the distinctive words of their name (forms of them: "collided" for
 * "collision"): two of them, or one when a person who took part is named or the date is precise.
 * With dates in the sentence, one of them must fit the event; without any, three words (or two and a
 * named person who took part) are needed.
 */
export function describedEvents(k: Knowledge, bag: WordBag, ids: Set<string>, times: TimeMention[], today: string, titled?: TitleWords, visitSaid = true): Described[] {
  const out: (Described & { present: string[] })[] = [];
  const s = scratch(k);
  const { hits, personNamed, words: wordCount } = s;
  // Those named who took part in some event: the others have no events to meet (a sentence naming none meets none).
  const idList: string[] = [];
  for (const id of ids) if (s.participants.has(id)) idList.push(id);
  const persons: string[] = [];
  for (const id of idList) if (k.gazetteer.kinds.get(id) === "person") persons.push(id);
  const met = s.met;
  let count = 0;
  // The words an event shares with the sentence, one event after another (read only while that event is).
  const words: string[] = [];
  try {
    if (idList.length) count = metEvents(k, bag, idList, persons, s);
    for (let j = 0; j < count; j++) {
      const i = met[j]!;
      // One word at most, of a name of several, and no person who took part named: described in no way below.
      if (hits[i]! < 2 && wordCount[i] !== 1 && personNamed[i] === 0) continue;
      const e = k.events[i]!;
      if (ids.has(e.id)) continue;
      // A visit is described only by a sentence that speaks of a visit, a trip or a tour: "Kishida secured a plan from
      // President Yoon in 2023" describes no visit of Yoon's of 2023.
      if (!visitSaid && e.visit) continue;
      // Words inside another event's or agreement's title count only for an event it took part in.
      // A month written in a date is that date ("in September 2002"), compared with the event's below; a month
      // written alone beside the event's words ("October nuclear test") is one of its words.
      words.length = 0;
      for (let x = 0; x < e.wordList.length; x++) {
        const w = e.wordList[x]!;
        if (!bag.has(w, e.wordKeys[x])) continue;
        if (titled && !titled.outside.has(w, e.wordKeys[x]) && !inTitleOf(titled, e, w)) continue;
        if (titled && MONTHS.has(w) && !titled.undated.has(w)) continue;
        // "foreign minister Fumio Kishida met …": the title said of a person is no word of the event ("… Ministerial").
        if (titled && titled.honorifics.has(w, e.wordKeys[x])) continue;
        // The words of an agreement's name gaiko does not know name that agreement: "the Japan-Singapore New Age
        // Partnership Agreement was signed in January 2003" describes no Japan–Mexico EPA negotiation of then.
        if (titled && titled.unknownAgreements.has(w, e.wordKeys[x])) continue;
        words.push(w);
      }
      const shared = words.length;
      if (!shared) continue;
      // The name of a person who took part, named in the sentence, says who, not what: "met Prime Minister Tomiichi
      // Murayama in 1995" shares no word of its own with the Murayama Statement ("the Kim–Ohira memos" do: "memos").
      // ("Abe held a summit with Howard" shares the summit's kind besides its two names.)
      if (words.every((w) => personWord(k, e, w, ids)) && !typeSaid(bag, e)) continue;
      const present: string[] = [];
      for (const p of e.participantList) if (ids.has(p)) present.push(p);
      if (titled && present.length < 2 && !words.some((w) => ownWord(titled, e, w))) continue;
      const person = present.some((p) => k.gazetteer.kinds.get(p) === "person");
      // Every way below of describing an event needs two of its words, one of a one-word name, or a person who
      // took part (the own rare words counted for a wrong date are among the shared ones): none, no date to compare.
      if (shared < 2 && !person && e.words.size !== 1) continue;
      if (times.length) {
        const [from, to] = [e.occurred[0]!.s_min!, e.occurred[0]!.e_max ?? e.occurred[0]!.s_max!];
        const time = times.find((t) => e.occurred.some((r) => fits(r, t, "any", today) === true));
        // Two of its words (one for a one-word name), or one with a person who took part and a precise date:
        // a date alone never makes a described event, however precise ("in 2019" names no 2019 event).
        // Or its kind, its place and two who took part ("Japan hosted the G20 summit in Osaka in 2019").
        if (time && ((shared >= 2 && monthPrecise(time)) || (present.length >= 2 && heldAtNamed(e, ids) && typeSaid(bag, e) && own(k, titled, e, words) >= 1) || shared >= 3 || (e.words.size === 1 && monthPrecise(time) && precise(time, from, to)) || (person && shared >= 2))) out.push({ id: e.id, time, present });
        // Described beyond doubt (three of its own rare words, or a person who took part with another participant
        // and one rare word) with the sentence's one date, which does not fit: the date is
        // wrong ("October 1982 Emperor Akihito visits China"), unless another event the sentence describes fits it.
        // A sentence that names an agreement or event gives the date to it ("attended the signing of the Basic
        // Treaty in 1965"): no other event is read as misdated.
        // Nor is it, when a person it names took part in another event at that date ("Abe visited Beijing in October
        // 2018" is his visit to China, not the APEC meeting in Beijing in 2014).
        // Nor when the sentence's states are not the event's ("Japan and Siam concluded … the Treaty of Amity, Commerce
        // and Navigation" describes no signing of Japan's treaty with Mexico).
        else if (!time && times.length === 1 && !times[0]!.span && !namesDated(k, ids) && !actOfItsOwn(bag, e) && !otherStates(k, ids, e) && !otherPersons(k, ids, e) && sameClause(titled, times[0]!, present) && (own(k, titled, e, words) >= 3 || (person && present.length >= 2 && (own(k, titled, e, words) >= 1 || heldAtNamed(e, ids))) || (present.length >= 2 && heldAtNamed(e, ids) && typeSaid(bag, e) && own(k, titled, e, words) >= 1)) && !busyThen(k, e, present, times[0]!, today))
          out.push({ id: e.id, time: times[0], present, mismatch: true });
      } else if (shared >= 3 || (person && shared >= 2)) out.push({ id: e.id, time: undefined, present });
    }
  } finally {
    for (let j = 0; j < count; j++) (hits[met[j]!] = 0), (personNamed[met[j]!] = 0);
  }
  if (!out.length) return [];
  // Of two events one person took part in, the one more of whose participants the sentence names is meant
  // ("Abe visited China in October 2006" is his visit to China, not the one to South Korea that month).
  const fitting = out.filter((e) => !e.mismatch);
  // Two or more events each "beyond doubt" misdated: the sentence describes none of them beyond doubt.
  const mismatched = out.length - fitting.length;
  return out
    .filter((e) => !e.mismatch || (!fitting.length && mismatched === 1))
    .filter((e) => !out.some((o) => o !== e && o.present.length > e.present.length && o.present.some((p) => e.present.includes(p) && k.gazetteer.kinds.get(p) === "person")))
    .map(({ id, time, mismatch }) => ({ id, time, ...(mismatch ? { mismatch } : {}) }));
}
