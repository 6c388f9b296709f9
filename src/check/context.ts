import type { Kind } from "../model/ids.js";
import type { Predicate } from "../model/predicates.js";
import { MAX_NUMBER, ORDINAL_WORDS } from "../kb/numbered-names.js";
import type { Store } from "../kb/store.js";
import { describedEvents, titleWords, type Described } from "./events.js";
import { TRIGGERS } from "./frames.js";
import type { Mention } from "./gazetteer.js";
import { METONYMS, type Knowledge } from "./knowledge.js";
import { exceptionSpans } from "./polarity.js";
import type { TimeMention } from "./times.js";
import { eventAnchor } from "./verdict.js";
import { TextWords, WordBag } from "./words.js";

/**
 * One sentence as every claim rule sees it, built once: its text, the entities named in it (offsets
 * in the whole text), its dates, the words that evoke each relation (outside names: the "Security
 * Treaty" in a treaty's name evokes no alliance), and where exceptions lie.
 */
export interface SentenceContext {
  store: Store;
  k: Knowledge;
  start: number;
  end: number;
  slice: string;
  /** Entities named or referred to, plus the states their capitals stand for and the places a dispute concerns. */
  found: Mention[];
  /** Distinct entity ids of `found`, in order of first mention. */
  ids: string[];
  firstAt: Map<string, number>;
  firstEnd: Map<string, number>;
  /** Entities only referred to ("the treaty", "It"): resolved by guess, so they may support, never contradict. */
  referenced: Set<string>;
  times: TimeMention[];
  /** Offsets (in the whole text) of the words evoking each predicate, outside any name. */
  cues: Map<Predicate, number[]>;
  /** Events the sentence describes without naming them. */
  described: Described[];
  /** The dates of an event the sentence is set in ("during the Cold War"). */
  anchor: TimeMention | undefined;
  /** Spans (offsets in the whole text) covered by an exception ("except North Korea"). */
  exceptions: [number, number][];
  /** The states and organisations named; with one state and "with", Japan is implied ("a treaty with China"). */
  actors: string[];
  bag: WordBag;
  /** Today's date, for a claim about the present. */
  today: string;
}

/**
 * A pattern's source with its capturing groups made non-capturing, or the source as it is where it refers back to
 * one (\1, \k<name>). Only where matches start and end is read of the triggers: without groups to fill, a match
 * costs less, and each still starts and ends where it did.
 *
 * @example withoutCaptures(/\b(sign(?:ed)?)\b|署名/) // "\\b(?:sign(?:ed)?)\\b|署名"
 */
export function withoutCaptures(re: RegExp): string {
  const src = re.source;
  let out = "";
  for (const t of sourceTokens(src)) {
    if (t.kind === "escape" && /[1-9k]/.test(t.text[1] ?? "")) return src;
    if (t.text === "(" && src[t.at + 1] !== "?") out += "(?:";
    else if (t.text === "(" && src[t.at + 2] === "<" && src[t.at + 3] !== "=" && src[t.at + 3] !== "!") return src;
    else out += t.text;
  }
  return out;
}

/** A pattern's source in its units: an escape ("\\b"), a character class ("[a-z]") or one other character, each with its offset. */
function sourceTokens(src: string): { at: number; text: string; kind: "escape" | "class" | "char" }[] {
  const out: { at: number; text: string; kind: "escape" | "class" | "char" }[] = [];
  for (let i = 0; i < src.length; ) {
    const c = src[i]!;
    const end = c === "\\" ? i + 2 : c === "[" ? classEnd(src, i) : i + 1;
    out.push({ at: i, text: src.slice(i, end), kind: c === "\\" ? "escape" : c === "[" ? "class" : "char" });
    i = end;
  }
  return out;
}

/** The trigger words of each predicate, compiled once to find every match. */
const GLOBAL_TRIGGERS = (Object.entries(TRIGGERS) as [Predicate, RegExp][]).map(([p, re]) => [p, new RegExp(withoutCaptures(re), "gi")] as const);

/**
 * Where the trigger words of each predicate lie in a whole text, found once per text rather than once
 * per sentence. A sentence's own matches are those of the text inside it, for a trigger without anchors
 * or lookarounds, when the characters either side of the sentence are not word characters (`\b` then
 * reads alike) and no match crosses its edges; otherwise the sentence is searched itself.
 */
export interface TriggerIndex {
  text: string;
  /** Per predicate, the starts and ends of the matches in the text, in order; absent where the shortcut does not hold. */
  spans: Map<Predicate, { starts: number[]; ends: number[] }>;
  /**
   * For a trigger the shortcut does not hold for (lookarounds), the matches in the text of the same pattern without
   * its lookarounds (`relaxed`): a sentence none of them touches has no match of the trigger, and is not searched.
   */
  maybe: Map<Predicate, { starts: number[]; ends: number[] }>;
}

/** Anchors, lookarounds and \B read outside a sentence's edges; flags other than g and i change what \b reads. */
const wholeTextSafe = (re: RegExp) => re.flags === "gi" && !/\^|\$|\(\?<?[=!]|\\B/.test(re.source);

/**
 * A pattern with its lookarounds, anchors (^, $) and \B taken out, or undefined where that cannot be done
 * by cutting them alone (a backreference, a quantified lookaround). Each is an assertion that reads no
 * character: without them, the pattern matches at every position where it matched before (and at more).
 * A match a sentence has (edges not inside words) is therefore a match of this one in the whole text at the
 * same place, and searching the whole text, which skips matches overlapping an earlier one, reports a match
 * overlapping that place: a sentence overlapped by none has no match.
 *
 * @example relaxed(/\b(?<!quasi-)ally\b/gi)?.source // "\\bally\\b"
 */
export function relaxed(re: RegExp): RegExp | undefined {
  const src = re.source;
  let out = "";
  let skipTo = -1;
  for (const t of sourceTokens(src)) {
    if (t.at < skipTo) continue;
    if (t.kind === "escape") {
      if (/[1-9k]/.test(t.text[1] ?? "")) return undefined;
      if (t.text[1] !== "B") out += t.text;
    } else if (t.text === "(" && /^\(\?<?[=!]/.test(src.slice(t.at, t.at + 4))) {
      skipTo = groupEnd(src, t.at);
      if (/[*+?{]/.test(src[skipTo] ?? "")) return undefined;
    } else if (t.kind === "class" || (t.text !== "^" && t.text !== "$")) out += t.text;
  }
  try {
    return new RegExp(out, re.flags);
  } catch {
    return undefined;
  }
}

/** The offset after a character class that opens at `i`. */
function classEnd(src: string, i: number): number {
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === "\\") j++;
    else if (src[j] === "]") return j + 1;
  }
  return src.length;
}

/** The offset after the group that opens at `i`. */
function groupEnd(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j]!;
    if (c === "\\") j++;
    else if (c === "[") j = classEnd(src, j) - 1;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return j + 1;
  }
  return src.length;
}

/** Each trigger the index cannot answer for, without its lookarounds. */
const RELAXED_TRIGGERS = GLOBAL_TRIGGERS.filter(([, re]) => !wholeTextSafe(re)).flatMap(([p, re]) => {
  const r = relaxed(re);
  return r ? [[p, r] as const] : [];
});

/**
 * The trigger matches of a whole text, for `sentenceContext` to skip the sentences without any.
 *
 * @example sentenceContext(store, k, text, s, named, times, today, triggerIndex(text))
 */
export function triggerIndex(text: string): TriggerIndex {
  const spans = new Map<Predicate, { starts: number[]; ends: number[] }>();
  for (const [p, global] of GLOBAL_TRIGGERS) if (wholeTextSafe(global)) spans.set(p, matchSpans(global, text));
  const maybe = new Map<Predicate, { starts: number[]; ends: number[] }>();
  for (const [p, re] of RELAXED_TRIGGERS) maybe.set(p, matchSpans(re, text));
  return { text, spans, maybe };
}

/**
 * Where every match of a global pattern lies in a text, as `matchAll` finds them (an empty match steps one code
 * unit on), read with exec: no iterator, and no copy of the pattern. Its lastIndex is 0 again at the end.
 */
function matchSpans(re: RegExp, text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return { starts, ends };
}

/** The index of the first of sorted match ends at or after `start` (binary search). */
function firstEndingFrom(ends: readonly number[], start: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a relaxed trigger's match (`TriggerIndex.maybe`) overlaps a sentence, or starts in it (an empty one). */
function touched(m: { starts: number[]; ends: number[] }, s: { start: number; end: number }): boolean {
  const lo = firstEndingFrom(m.ends, s.start);
  for (let i = lo; i < m.starts.length && m.starts[i]! < s.end; i++) if (m.ends[i]! > s.start || m.starts[i]! >= s.start) return true;
  return false;
}

/** Words of a visit, a trip or a tour, in English or Japanese (訪問, 訪日, 訪中, 来日). */
const VISIT_SAID = /\b(?:visit\w*|trips?|tour\w*|travel\w*|st[ao]y\w*|hosted|came to|went to)\b|訪|来日|来訪|歴訪/i;
const WORD = /\w/;
/** No matches (shared, never written to): most sentences have none for most predicates, and need no new object. */
const NO_MATCHES: { starts: number[]; ends: number[] } = { starts: [], ends: [] };

/**
 * A predicate's trigger matches in a sentence (offsets in the whole text), read from the index, or undefined
 * where the sentence must be searched itself. The matches of a whole text that lie inside a sentence are the
 * sentence's own when none crosses either of its edges and the characters either side of it are not word
 * characters: searching the sentence alone tries the same positions, and a match the text finds there ends
 * inside the sentence, so the sentence finds it too (what the sentence can match, the text can; `\b` at its
 * edges reads alike). A match crossing an edge, which the sentence would read cut, sends it to the search.
 */
function indexedMatches(index: TriggerIndex | undefined, text: string, p: Predicate, s: { start: number; end: number }, edgesSafe: boolean): { starts: number[]; ends: number[] } | undefined {
  const m = index?.text === text ? index.spans.get(p) : undefined;
  if (!m || !edgesSafe) return undefined;
  // The first match ending at or after the sentence's start (matches run in order and never overlap).
  const lo = firstEndingFrom(m.ends, s.start);
  let found: { starts: number[]; ends: number[] } = NO_MATCHES;
  for (let i = lo; i < m.starts.length && m.starts[i]! <= s.end; i++) {
    const a = m.starts[i]!;
    const b = m.ends[i]!;
    if (a < s.start && b <= s.start) continue;
    if (a >= s.end && b > s.end) break;
    if (a < s.start || b > s.end) return undefined;
    if (found === NO_MATCHES) found = { starts: [], ends: [] };
    found.starts.push(a);
    found.ends.push(b);
  }
  return found;
}

/** Whether an offset lies inside a quoted title ("the “Three Principles on the Restoration of … Relations”"). */
function insideQuotes(slice: string, at: number): boolean {
  const before = slice.slice(0, at);
  const open = (before.match(/[“「『]/g) ?? []).length - (before.match(/[”」』]/g) ?? []).length;
  return open > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

/** Records a cue of a predicate, in its list (appended to, not copied: the list is the context's own). */
function addCue(cues: Map<Predicate, number[]>, p: Predicate, at: number): void {
  const list = cues.get(p);
  if (list) list.push(at);
  else cues.set(p, [at]);
}

/** A news dateline: a place in capitals, maybe an agency in brackets, then a dash. */
const DATELINE = /^\s*[A-Z][A-Z.' -]{2,40}(?:,\s*[A-Z][A-Za-z.]+)?\s*(?:\([A-Za-z .]+\)\s*)?(?:--|—|–)\s*/;
/** A capitalised name right after a year, that is no head word of an agreement, a meeting or a war. */
const UNKNOWN_NAMED = /^\s+(?!(?:Treaty|Agreement|Accord|Pact|Declaration|Communiqu|Convention|Protocol|Summit|Conference|War|Incident|Joint|Basic|Peace|Security|Commerce|Commercial|Trade|Economic|Partnership|Friendship|Cooperation|Defen[cs]e|Nuclear|Fisheries|Cultural|Investment|Free|Japan|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+/;
/** "the first … since", "the only … since", "the last … since" right before a date. */
const COMPARED_SINCE = /\b(?:the|its|their|his|her)\s+(?:first|only|last|highest|lowest|largest|biggest|longest)\b[^.;。]*\bsince\s+$/i;
/** An ordinal right before a name ("the sixth ", "the 7th "). */
const ORDINAL_BEFORE = new RegExp(`(?:\\b(?:(${ORDINAL_WORDS.join("|")})|(\\d{1,2})(?:st|nd|rd|th))\\s+|第\\s*([0-9０-９]{1,2})\\s*回\\s*)$`, "i");

/** A noun after a series' name that makes the ordinal before it another meeting's number. */
const OTHER_MEETING_AFTER = /^\s+(?:ministerial|ministers?|senior|officials?|preparatory|follow-up|foreign|meeting|summit|session|conference|round|working|expert|high-level|plenary)\b/i;
/** A series named with an ordinal before it is its meeting of that number ("the sixth Pacific Islands Leaders Meeting" → PALM6, 第7回TICAD → TICAD 7). */
export function numberedMeeting(k: Knowledge, text: string, m: Mention): Mention | undefined {
  if (m.kind !== "event" && m.kind !== "organization") return undefined;
  const o = ORDINAL_BEFORE.exec(text.slice(Math.max(0, m.start - 14), m.start));
  // "the third TICAD ministerial meeting": the number is another meeting's, held under the series' name.
  if (!o || OTHER_MEETING_AFTER.test(text.slice(m.end, m.end + 30))) return undefined;
  const n = o[1] ? ORDINAL_WORDS.indexOf(o[1].toLowerCase()) + 1 : Number((o[2] ?? o[3]!).replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  const id = n >= 1 && n <= MAX_NUMBER ? k.gazetteer.numbered(m.entity, n) : undefined;
  const kind = id ? (k.gazetteer.kinds.get(id) as Kind | undefined) : undefined;
  return id && kind ? { ...m, start: m.start - o[0].length, text: text.slice(m.start - o[0].length, m.end), entity: id, kind } : undefined;
}

/** Between a name and another name for the same thing in brackets: "(also known as", "(a.k.a.", "(i.e.". */
const ALSO_KNOWN_AS = /^\s*\(\s*(?:also\s+(?:known|called)\s+(?:as\s+)?|a\.?k\.?a\.?\s+|i\.\s?e\.,?\s+)(?:the\s+)?$/i;

/** Whether an offset lies inside any mention's span. */
const insideName = (found: Mention[], at: number, end: number) => found.some((m) => m.start <= at && end <= m.end && m.via !== "reference");

/**
 * Builds the context of one sentence from the mentions found in it.
 *
 * @example sentenceContext(store, k, text, s, named, times).ids // ["japan", "china"]
 */
export function sentenceContext(store: Store, k: Knowledge, text: string, s: { start: number; end: number }, named: Mention[], times: TimeMention[], today: string, triggers?: TriggerIndex): SentenceContext {
  const slice = text.slice(s.start, s.end);
  // "BRUNEI -- Eleven countries signed …", "TOKYO (Kyodo) — …": a dateline says where the news was written, not who acted.
  // A place, that is: "RCEP -- also including Australia …" opens with a name of what the sentence is about.
  const lead = DATELINE.exec(slice)?.[0].length ?? 0;
  const dateline = named.some((m) => m.start - s.start < lead && m.kind !== "state" && m.kind !== "place") ? 0 : lead;
  const found: Mention[] = named.filter((m) => m.start - s.start >= dateline);
  // "the Ryukyu Islands (also known as Okinawa Prefecture)": the writer says the two names are one; the name in
  // brackets says which entity is meant.
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i]!, found[i + 1]!];
    if (a.kind === b.kind && a.entity !== b.entity && ALSO_KNOWN_AS.test(text.slice(a.end, b.start))) found[i] = { ...a, entity: b.entity };
  }
  // A capital named as an actor stands for its state ("Tokyo's diplomacy", "Beijing protested"),
  // and a dispute named stands also for the places it concerns ("the Kuril dispute" → the islands).
  for (const m of named) {
    const state = METONYMS[m.entity];
    if (state && k.gazetteer.kinds.has(state)) found.push({ ...m, entity: state, kind: "state" });
    if (m.kind === "dispute") for (const place of k.disputePlaces.get(m.entity) ?? []) found.push({ ...m, entity: place, kind: "place" });
  }
  const ids = [...new Set(found.map((m) => m.entity))];
  const firstAt = new Map<string, number>();
  const firstEnd = new Map<string, number>();
  for (const m of found) if (!firstAt.has(m.entity)) (firstAt.set(m.entity, m.start), firstEnd.set(m.entity, m.end));
  const direct = new Set(found.filter((m) => m.via !== "reference").map((m) => m.entity));
  // Guessed references (not those the text leaves no other reading of): a claim on them may only be supported.
  const sureRef = new Set(found.filter((m) => m.via === "reference" && m.sure).map((m) => m.entity));
  const referenced = new Set(found.filter((m) => m.via === "reference" && !direct.has(m.entity) && !sureRef.has(m.entity)).map((m) => m.entity));
  const cues = new Map<Predicate, number[]>();
  const edgesSafe = !WORD.test(text[s.start - 1] ?? "") && !WORD.test(text[s.end] ?? "");
  for (const [p, global] of GLOBAL_TRIGGERS) {
    const indexed = indexedMatches(triggers, text, p, s, edgesSafe);
    if (indexed) {
      for (let i = 0; i < indexed.starts.length; i++) {
        const at = indexed.starts[i]!;
        if (insideName(named, at, indexed.ends[i]!) || insideQuotes(slice, at - s.start)) continue;
        addCue(cues, p, at);
      }
      continue;
    }
    // No match of the trigger without its lookarounds touches the sentence: it has none of its own.
    const maybe = edgesSafe && triggers?.text === text ? triggers.maybe.get(p) : undefined;
    if (maybe && !touched(maybe, s)) continue;
    for (const m of slice.matchAll(global)) {
      const at = s.start + m.index;
      if (insideName(named, at, at + m[0].length) || insideQuotes(slice, m.index)) continue;
      addCue(cues, p, at);
    }
  }
  // A year inside a name ("the 1965 treaty") names it; it is not a date the sentence gives.
  times = times.filter((t) => !named.some((m) => m.via !== "reference" && m.start <= t.start && t.end <= m.end));
  // "the first monarch to rule Japan since the 1330s", "the only visit since 1972": the date a comparison reaches back
  // to is no time of the sentence's claims.
  times = times.filter((t) => !COMPARED_SINCE.test(text.slice(Math.max(s.start, t.start - 120), t.start)));
  // "When the 1964 Olympics had ended, the treaty was signed": a year naming something gaiko does not know (a
  // capitalised name after "the YEAR" that links nothing, and is no agreement, meeting or war) is that thing's.
  times = times.filter((t) => !(/\bthe\s+$/i.test(text.slice(Math.max(s.start, t.start - 4), t.start)) && UNKNOWN_NAMED.test(text.slice(t.end, t.end + 40)) && !named.some((m) => m.start >= t.end && m.start <= t.end + 2)));
  // The sentence's words read once, for its bag and the bags of its parts.
  const read = new TextWords(slice);
  const bag = new WordBag(read.all());
  const actorIds: string[] = ids.filter((id) => k.gazetteer.kinds.get(id) === "state" || k.gazetteer.kinds.get(id) === "organization");
  // A person named acts for the state whose office they held at the sentence's date ("Tanaka and Zhou Enlai signed
  // the joint communiqué in 1972": Japan and China).
  for (const id of ids) {
    if (k.gazetteer.kinds.get(id) !== "person") continue;
    const day = times[0];
    const held = (k.offices.get(id) ?? []).filter((r) => r.object && k.gazetteer.kinds.get(r.object) === "state" && (!day || (r.s_min !== null && r.s_min <= day.max && (r.e_open === 1 || !r.e_max || day.min <= r.e_max))));
    for (const state of new Set(held.map((r) => r.object!))) if (!actorIds.includes(state)) actorIds.push(state);
  }
  const actors = actorIds.length === 1 && actorIds[0] !== "japan" && /\bwith\b|との/.test(slice) ? ["japan", ...actorIds] : actorIds;
  return {
    store, k, start: s.start, end: s.end, slice, found, ids, firstAt, firstEnd, referenced, times, cues, bag, actors, today,
    // An event described must have a participant named in the sentence: without any name, there is none.
    described: ids.length ? describedEvents(k, bag, new Set(ids), times, today, titleWords(slice, named, s.start, times, read, bag), VISIT_SAID.test(slice)) : [],
    anchor: eventAnchor(k, found, slice, s.start),
    exceptions: exceptionSpans(slice).map(([a, b]) => [a + s.start, b + s.start]),
  };
}

/** Whether an entity is named inside an exception ("every member except North Korea"). */
export function excepted(ctx: SentenceContext, id: string): boolean {
  return ctx.found.some((m) => m.entity === id && ctx.exceptions.some(([a, b]) => a <= m.start && m.end <= b));
}

/**
 * A date written right after an agreement's or event's name, as its own ("the San Francisco Peace
 * Treaty (1951)", "the Plaza Accord of 1985"): the date of its signature or occurrence, whatever verb
 * the sentence goes on with.
 */
export function appositiveDate(ctx: SentenceContext, id: string): TimeMention | undefined {
  const end = ctx.firstEnd.get(id);
  if (end === undefined) return undefined;
  return ctx.times.find((t) => t.start >= end && /^(?:\s*\(|,\s*|\s+of\s+)$/.test(ctx.slice.slice(end - ctx.start, t.start - ctx.start)));
}
