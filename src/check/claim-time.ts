// When a claim's date is, and which part of a span it speaks of: the date a claim's word governs, the start after
// "joined" or "began", the end after "until", the whole span for a range, today for the present tense.
import type { Predicate } from "../model/predicates.js";
import type { SentenceContext } from "./context.js";
import { END_WORDS, INTERVAL, START_WORDS } from "./frames.js";
import type { Mention } from "./gazetteer.js";
import { clauseAround } from "./polarity.js";
import { MONTHS, type TimeMention } from "./times.js";
import { type Edge, nearest } from "./verdict.js";

/** What of a claim's candidate (claim.ts) its date is read from. */
interface Candidate {
  p: Predicate;
  subject: string;
  object: string | null;
  /** Where the claim is carried, and the word that carries it. */
  at: number;
  cue?: number;
  /** A date a rule has already tied to the claim, or none that is the claim's own. */
  time?: TimeMention;
  undated?: boolean;
  /** The rule that proposed it ("dated-name": an event named with no word of its own for the date). */
  rule?: string;
}

/** Predicates said of one dated thing, whose word ("signed", "terminated") is nearer its own date than the name is. */
const OWN_DATED: ReadonlySet<Predicate> = new Set<Predicate>(["signed", "in-force", "in-effect"]);
/** The acts of an agreement other than the claim's own, whose words keep the date after them from it. */
const OTHER_ACT: Partial<Record<Predicate, RegExp>> = {
  signed: /\b(?:took effect|came into (?:force|effect)|entered into force|ratified)\b|発効|批准/i,
  "in-force": /\b(?:signed|concluded)\b|署名|調印/i,
};

/** A verb in the present tense (or "still", "today") just before a relation word: the sentence speaks of today. */
const PRESENT = /\b(?:maintains?|currently|today|now|still|remains?|has|have|is|are|does|do)\b/i;

/** Whether the clause of a relation word puts it in the present: one of PRESENT among the five words before it, or 現在/ている after it. */
export function presentTense(slice: string, rel: number): boolean {
  const [start] = clauseAround(slice, rel);
  let clause = slice.slice(start, rel);
  // "islands which are not in dispute, were annexed": a relative clause closed by a comma does not set the tense.
  if (/\b(?:which|who)\s*$/i.test(slice.slice(Math.max(0, start - 8), start)) && clause.includes(",")) clause = clause.slice(clause.lastIndexOf(",") + 1);
  const before = clause.split(/\s+/).filter(Boolean).slice(-5).join(" ");
  const verb = PRESENT_VERB.test(slice.slice(rel)) && !/(?:['’]s|\bthe|\bits|\btheir)\s+$/i.test(slice.slice(0, rel));
  return PRESENT.test(before) || verb || /現在/.test(slice) || /^[^。]{0,12}(?:している|がある|がない)/.test(slice.slice(rel));
}

/** The relation word itself in the present tense ("Russia administers the Kurils", "China claims the islands"), not a noun ("China's claims"). */
const PRESENT_VERB = /^(?:administers|occupies|controls|claims|rules|governs|recognizes|recognises)\b/i;


/** How near a date a dated name must be written to keep it from the claims of other names (characters between them). */
const OWNS_WITHIN = 40;

/** "ended … with the …", "terminated by the …", "came to an end under the …": an end word, then an agreement named after with/by/under. */
const ENDED_BY = /\b(?:ended|ends|ending|terminated|terminating|brought\s+to\s+an\s+end|came\s+to\s+an\s+end)\b[^.;]{0,60}?\b(?:with|by|under|through)\s+(?:the\s+)?$/i;

/** Whether the sentence says a relation ended by an agreement it names after the end word. */
function endedByAgreement(ctx: SentenceContext, c: Candidate): boolean {
  const at = c.cue ?? c.at;
  return ctx.found.some((m) => m.kind === "agreement" && m.start > at - 80 && ENDED_BY.test(ctx.slice.slice(Math.max(0, m.start - ctx.start - 90), m.start - ctx.start)));
}

/** An agreement's own verb right before a date: "signed in 1906", "concluded on 5 September 1905", "took effect in 1952". */
const AGREEMENT_VERB_BEFORE = /\b(?:signed|concluded|ratified|initialed|initialled|entered into force|came into force|came into effect|took effect)\s+(?:in|on)\s+(?:the\s+)?$/i;

/**
 * The agreement a date belongs to when the agreement's own verb governs it: "The Treaty of Portsmouth, signed in
 * 1906, ended the Russo-Japanese War" dates the treaty's signing, not the war, though the war's name stands nearer.
 * The agreement named last before the verb; none when no agreement is named before it.
 */
function governingAgreement(ctx: SentenceContext, t: TimeMention, dated: readonly Mention[]): string | undefined {
  // Asked for every candidate of the sentence about each of its dates: read once per date.
  const known = governed.get(t);
  if (known !== undefined) return known ?? undefined;
  let found: string | null = null;
  if (AGREEMENT_VERB_BEFORE.test(ctx.slice.slice(Math.max(0, t.start - ctx.start - 40), t.start - ctx.start))) {
    const before = dated.filter((m) => m.kind === "agreement" && m.end <= t.start);
    if (before.length) found = before.reduce((a, b) => (b.end > a.end ? b : a)).entity;
  }
  governed.set(t, found);
  return found ?? undefined;
}
const governed = new WeakMap<TimeMention, string | null>();
/**
 * The dated name (agreement, event, policy) a date is written right behind, as its own: "the Russo-Japanese
 * War (1904–1905)", "the Joint Declaration of 1956".
 */
export function nameOwningDate(ctx: SentenceContext, t: TimeMention, dated = ctx.found.filter((m) => m.kind === "event" || m.kind === "agreement" || m.kind === "policy")): string | undefined {
  return dated.find((m) => m.end <= t.start && APPOSITIVE.test(ctx.slice.slice(m.end - ctx.start, t.start - ctx.start)))?.entity;
}
/** What stands between a name and a date written as its own: an opening bracket, or " of ". */
const APPOSITIVE = /^(?:\s*\(|\s+of\s+)$/;

/** Whether a year is written as a modifier of a noun other than the name of `id` ("the 1951 peace conference"). */
function qualifiesOther(ctx: SentenceContext, t: TimeMention, id: string): boolean {
  if (!/\b(?:the|a|an|its|their|this|that)\s+$/i.test(ctx.slice.slice(Math.max(0, t.start - ctx.start - 8), t.start - ctx.start))) return false;
  if (!/^\s+[\p{L}]/u.test(ctx.slice.slice(t.end - ctx.start, t.end - ctx.start + 3))) return false;
  return !ctx.found.some((m) => m.entity === id && m.start >= t.end && m.start - t.end <= 2);
}

/** The date the sentence gives a candidate: its own, the nearest not owned by another dated name, or the event it is set in. */
export function timeFor(ctx: SentenceContext, c: Candidate): TimeMention | undefined {
  if (c.time) return c.time;
  if (c.undated) return undefined;
  // A date counted back from an anniversary dates only what the anniversary remembers, and that takes no other date.
  if (ctx.times.some((t) => t.scope)) {
    const where = [c.at, c.cue ?? c.at];
    const remembered = ctx.times.find((t) => t.scope && where.some((x) => x >= t.scope![0] && x < t.scope![1]));
    if (remembered) return remembered;
    return timeFor({ ...ctx, times: ctx.times.filter((t) => !t.scope) }, c);
  }
  const dated = ["event", "agreement", "policy"].includes(ctx.k.gazetteer.kinds.get(c.subject) ?? "");
  const datedMentions = ctx.found.filter((m) => m.kind === "event" || m.kind === "agreement" || m.kind === "policy");
  // The nearest dated name owns a date for that name's own claims ("On 29 September 1972 the two governments issued
  // the Joint Communiqué"); it keeps the date from other claims only when written next to it ("the 1965 treaty",
  // "the Korean War of 1950"), within OWNS_WITHIN characters. "Tanaka arrived on 25 September 1978 and, days later,
  // after talks with Mao Zedong, the two sides issued the Joint Communiqué" dates Mao's title too.
  // "…ended their state of war with the Joint Declaration of 1956": a lasting relation said to end by a dated
  // agreement ends on that agreement's date, as one said to begin with it begins then.
  // "…1958年1月20日にジャカルタで行われた…国交樹立調印式": the date is the signing ceremony's, not the day relations began.
  if (startOnlyOfSigning(ctx, c.p)) return undefined;
  const startWords = saysStart(ctx, c.p) || (INTERVAL.has(c.p) && endedByAgreement(ctx, c));
  // A date owned by another named event or agreement is not this claim's date, except for a relation
  // said to begin with it ("the 1960 treaty created the alliance").
  // An event named with no word of its own for the date (the dated-name rule) takes only a date written with its name
  // (within OWNS_WITHIN characters, in brackets, or after "of"): "the attack on Pearl Harbor preceded a carrier
  // battle near Midway in 1942" gives the battle's year, not the attack's.
  // Nor a year that qualifies another noun ("paved the way for the 1951 peace conference").
  const namedOnly = dated && c.rule === "dated-name" && ctx.k.gazetteer.kinds.get(c.subject) === "event";
  const ownsIt = (t: TimeMention) => (namedOnly ? dateKeeper(ctx, datedMentions, t) === c.subject && !qualifiesOther(ctx, t, c.subject) : dateOwner(ctx, datedMentions, t) === c.subject);
  const own = ctx.times.filter((t) => !datedMentions.length || (dated ? ownsIt(t) : startWords || !datedMentions.some((m) => m.entity !== c.subject && m.entity !== c.object && dateKeeper(ctx, datedMentions, t) === m.entity)));
  // The date the word that carries the claim governs: "signed in 1902 and terminated in 1923" gives its end 1923,
  // "…, signed in 1951, took effect in 1952" its entry into force 1952.
  if (OWN_DATED.has(c.p) && c.cue !== undefined) {
    const cue = c.cue;
    // "…was signed in San Francisco and entered into force the following year on April 28 of 1952": a date after
    // another act of the agreement, written between, is that act's.
    const other = OTHER_ACT[c.p];
    if (other) {
      const text = unnamed(ctx);
      const mine = own.filter((t) => !(t.start > cue && other.test(text.slice(cue - ctx.start, t.start - ctx.start))));
      if (mine.length < own.length) own.splice(0, own.length, ...mine);
    }
    const after = dateAfter(ctx, own, cue, 40);
    if (after) return after;
  }
  // "The pact was signed on 25 November 1936 by Germany and Japan, and was renewed on 25 November 1941": the signers
  // after "by" take the date written with "signed", not the one nearest each name (Japan had taken 1941).
  if (c.p === "signatory-of" && c.cue !== undefined) {
    const after = dateAfter(ctx, own, c.cue, 40);
    if (after && after.end <= c.at) return after;
  }
  // "…was concluded with Russia, and in 1895 Japan took Taiwan": a date opening a clause joined after the claim's
  // word, with a subject of its own, dates that clause.
  const from = c.cue ?? c.at;
  // "Japan recognized Palau on October 1, 1994 and established relations with it on 2 November of that year": a start
  // word's own date is the one written after it in its clause, before any other.
  if (startWords && c.cue !== undefined && INTERVAL.has(c.p)) {
    const after = dateAfter(ctx, own, c.cue, 60);
    if (after && own.some((t) => t.end <= c.cue!)) return after;
  }
  // "…between South Korea and Japan, which have never established diplomatic relations, over … the 1910-45 colonial
  // rule": a word inside a relative clause set off by commas takes a date only from that clause.
  const aside = relativeAside(ctx, from);
  const got = aside ? nearest(own.filter((t) => t.start >= aside[0] && t.end <= aside[1]), c.at) : (nearest(own.filter((t) => !opensLaterClause(ctx, from, t) && !ledTo(ctx, t, from)), c.at) ?? ctx.anchor);
  // "After taking office in July, Prime Minister Ikeda visited the United States in 1961": a start word with a date
  // of its own that has no year leaves a year written after it to another verb (a year before it, "In 1961 he took
  // office in July", still dates the start).
  if (got && startWords) {
    const monthAt = yearlessStart(ctx, c.p);
    if (monthAt !== undefined && got.start > monthAt) return undefined;
    // "NOVEMBER 1972: Prime Minister Tanaka, who took office in July, …", "In 1961 he took office in July": the start
    // is the month written with the start word, in the year written before it (the year before, when that month comes
    // after the date's own: "NOVEMBER 1972 … took office in December" is December 1971).
    if (monthAt !== undefined && got.start < monthAt && got.min.slice(0, 4) === got.max.slice(0, 4)) {
      const month = new RegExp(`${MONTH_WORD}(?![\\s\\S]*${MONTH_WORD})`, "i").exec(ctx.slice.slice(0, monthAt - ctx.start));
      const n = month ? MONTHS.indexOf(month[0].toLowerCase()) + 1 : 0;
      if (n > 0) {
        const own = Number(got.min.slice(5, 7));
        const year = Number(got.min.slice(0, 4)) - (got.min.slice(5, 7) === got.max.slice(5, 7) && n > own ? 1 : 0);
        const ym = `${String(year).padStart(4, "0")}-${String(n).padStart(2, "0")}`;
        const last = new Date(Date.UTC(year, n, 0)).getUTCDate();
        return { ...got, edtf: ym, min: `${ym}-01`, max: `${ym}-${String(last).padStart(2, "0")}`, text: `${month![0]} ${year}` };
      }
    }
  }
  return got;
}

/** The first of `dates` written after the word at `cue` within `within` characters, in its clause (no comma, semicolon or full stop between). */
function dateAfter(ctx: SentenceContext, dates: readonly TimeMention[], cue: number, within: number): TimeMention | undefined {
  return dates.find((t) => t.start > cue && t.start - cue <= within && !/[,;.]/.test(ctx.slice.slice(cue - ctx.start, t.start - ctx.start)));
}

/** START_WORDS compiled once to find every match (asked for each claim judged). */
const START_WORDS_ALL: Partial<Record<Predicate, RegExp>> = Object.fromEntries(Object.entries(START_WORDS).map(([p, re]) => [p, new RegExp(re!.source, "gi")]));

/** A start word that names what was signed ("国交樹立調印式", "the normalization signing ceremony"), not when it began. */
const START_SIGNED = /^(?:の)?(?:調印|署名)|^\s+(?:signing|treaty signing)\b/i;

/**
 * Whether every start word of the claim's relation in the sentence qualifies a signing ("国交樹立調印式"): the date
 * is then the signing's, and when the relation began is not said.
 */
export function startOnlyOfSigning(ctx: SentenceContext, p: Predicate): boolean {
  const re = START_WORDS_ALL[p];
  if (!re || !INTERVAL.has(p)) return false;
  const text = unnamed(ctx);
  const found = [...text.matchAll(re)];
  return found.length > 0 && found.every((m) => START_SIGNED.test(text.slice(m.index + m[0].length)));
}

const MONTH_WORD = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** A start word followed, within its clause, by a month (and day) with no year: "took office in July", "joined the UN on 18 December", "7月に就任". */
const YEARLESS_START = new RegExp(String.raw`^[^,.;:\d]{0,40}?\s(?:in|on|from)\s+(?:(?:early|mid|late)-?\s*)?(?:\d{1,2}\s+)?${MONTH_WORD}\b(?!\s*\d{1,2}(?:st|nd|rd|th)?,?\s*\d{4})(?!,?\s*\d{4})`, "i");
const YEARLESS_START_JA = /(?<![年\d])\d{1,2}月(?:\d{1,2}日)?(?:に)?(?:[^\d年。、]{0,12})?就任/;

/** Where a start word's own yearless date ends, when the sentence gives the start a month with no year (undefined otherwise). */
export function yearlessStart(ctx: SentenceContext, p: Predicate): number | undefined {
  const re = START_WORDS[p];
  if (!re) return undefined;
  const text = unnamed(ctx);
  for (const m of text.matchAll(START_WORDS_ALL[p]!)) {
    const after = YEARLESS_START.exec(text.slice(m.index + m[0].length));
    if (after) return ctx.start + m.index + m[0].length + after[0].length;
  }
  const ja = YEARLESS_START_JA.exec(text);
  return ja && re.test(ja[0]) ? ctx.start + ja.index + ja[0].length : undefined;
}

// The helpers of timeFor below are functions of the module, not closures made per claim (a closure per call, and
// tsx's naming of each, cost more than the work they do).

/** How far a name lies from a date (0 when they overlap). */
const gap = (m: Mention, t: TimeMention) => (m.end <= t.start ? t.start - m.end : m.start >= t.end ? m.start - t.end : 0);

/** The entity of the mention that starts nearest a date (the first of equals). */
function nearestOf(ms: Mention[], t: TimeMention): string | undefined {
  let best: Mention | undefined;
  for (const m of ms) if (!best || Math.abs(m.start - t.start) < Math.abs(best.start - t.start)) best = m;
  return best?.entity;
}

/**
 * The dated name a date belongs to. A date in brackets or after "of" right behind a dated name is that name's own:
 * "After the Russo-Japanese War (1904–1905), the Treaty of Portsmouth was concluded" gives the war's years, not
 * the treaty's date.
 */
function dateOwner(ctx: SentenceContext, datedMentions: Mention[], t: TimeMention): string | undefined {
  return nameOwningDate(ctx, t, datedMentions) ?? governingAgreement(ctx, t, datedMentions) ?? nearestOf(datedMentions, t);
}

/** The dated name that keeps a date from other claims: as `dateOwner`, but only a name within OWNS_WITHIN characters. */
export function dateKeeper(ctx: SentenceContext, datedMentions: Mention[], t: TimeMention): string | undefined {
  return nameOwningDate(ctx, t, datedMentions) ?? governingAgreement(ctx, t, datedMentions) ?? nearestOf(datedMentions.filter((m) => gap(m, t) <= OWNS_WITHIN), t);
}

/** The span (offsets in the whole text) of a relative clause set off by commas that holds `at` (", which … ,"), if any. */
function relativeAside(ctx: SentenceContext, at: number): [number, number] | undefined {
  const rel = at - ctx.start;
  const open = /,\s+(?:which|who)\b[^,;.]*$/i.exec(ctx.slice.slice(0, rel));
  if (!open) return undefined;
  const close = ctx.slice.slice(rel).search(/[,;]/);
  if (close < 0) return undefined;
  return [ctx.start + open.index, at + close];
}

/** Words of one thing bringing about a later one: the date before them is the cause's, not what came of it. */
const LED_TO = /\b(?:led to|leading to|lead to|resulted in|resulting in|paved the way for|precipitat\w+ (?:\w+ )*?(?:that|which) led to)\b/i;

/** Whether a date before `from` is cut off from it by "led to" ("In 1931, a dispute … led to the Japanese conquest of Manchuria"). */
function ledTo(ctx: SentenceContext, t: TimeMention, from: number): boolean {
  return t.end <= from && LED_TO.test(ctx.slice.slice(t.end - ctx.start, from - ctx.start));
}

/** Whether a date after `from` opens a clause joined by ", and" or ", but" whose own subject follows the date. */
export function opensLaterClause(ctx: SentenceContext, from: number, t: TimeMention): boolean {
  if (t.start <= from) return false;
  const gap = ctx.slice.slice(from - ctx.start, t.start - ctx.start);
  if (!/,\s+(?:and|but)\s+(?:(?:in|on|by|from|during|since)\s+)?$/i.test(gap)) return false;
  return ctx.found.some((m) => m.start >= t.end && m.start - t.end <= 4 && (m.kind === "state" || m.kind === "person" || m.kind === "organization"));
}

const END_WORDS_ALL = new RegExp(END_WORDS.source, "gi");
/** Words saying an event began: its date is then its first day. */
const BEGAN_ALL = /\b(?:began|begins|begun|beginning|start(?:ed|s|ing)?|broke out|breaks out|erupted|outbreak|opened|launched)\b|勃発|始ま|開始/gi;

/** How far the nearest of some words stands from a date, within the sentence (Infinity when none within 60 characters). */
function nearestWord(ctx: SentenceContext, time: TimeMention, words: RegExp): number {
  let best = Infinity;
  for (const m of ctx.slice.matchAll(words)) {
    const at = ctx.start + m.index;
    const d = at < time.start ? time.start - (at + m[0].length) : at - time.end;
    if (d <= 60 && d < best) best = d;
  }
  return best;
}

/**
 * Which part of a statement's time the sentence's date speaks of: the start after words such as
 * "joined" or "established"; the end after "ended" or "until" written near the date (and nearer it
 * than any other date of the sentence); the whole span for a range written right after the name it
 * dates ("the Cold War (1947–1991)"); else any day in it.
 */
export function edgeOf(ctx: SentenceContext, c: Candidate, time: TimeMention | undefined): Edge {
  if (!time) return "any";
  // "…the foundation was established in 1972 after official diplomatic ties … were severed": of a start word and an
  // end word, the one nearer the word that carries the claim is the claim's.
  // …unless the start word has a date of its own with no year and the sentence's date comes after it ("After taking
  // office in July, Prime Minister Ikeda visited the United States in 1961": 1961 is the visit's, a day of the term).
  if (saysStart(ctx, c.p) && !endNearerThanStart(ctx, c) && !(time.start > (yearlessStart(ctx, c.p) ?? Infinity)) && !(c.p === "holds-office" && startWordsElsewhere(ctx, c))) return "start";
  // "The Korean War began in June 1950": a beginning word nearer the date than any end word dates the start; so for a
  // war between states ("Japan's war with China began in 1939" had been read as a day in it, and supported).
  if ((c.p === "occurred" || c.p === "at-war") && nearestWord(ctx, time, BEGAN_ALL) < nearestWord(ctx, time, END_WORDS_ALL)) return "start";
  // "ended their state of war with the Joint Declaration of 1956": the agreement's date is the relation's end.
  if (INTERVAL.has(c.p) && c.object && endedByAgreement(ctx, c)) return "end";
  // "have had relations since 1972": the date is when it began.
  if (/\bsince\s+(?:the\s+)?$/i.test(ctx.slice.slice(Math.max(0, time.start - ctx.start - 12), time.start - ctx.start))) return "start";
  // "ロシアは1991年から択捉島を施政している": から, 以来 or 以降 after a date of its own says when it began.
  if (!time.bounds && /^(?:から|以来|以降)/.test(ctx.slice.slice(time.end - ctx.start))) return "start";
  const dated = ["event", "agreement", "policy"].includes(ctx.k.gazetteer.kinds.get(c.subject) ?? "");
  const nameEnd = dated ? ctx.firstEnd.get(c.subject) : undefined;
  if (time.bounds && nameEnd !== undefined && /^[\s,(]{0,3}$/.test(ctx.slice.slice(nameEnd - ctx.start, time.start - ctx.start))) return "span";
  // "The Pacific War of 1941 ended in 1945", "the 1904 war ended …": the date that names the event or agreement dates
  // it, not its end.
  const nameAt = dated ? ctx.firstAt.get(c.subject) : undefined;
  if (!time.bounds && nameEnd !== undefined && nameAt !== undefined && (/^(?:\s*\(|\s+of\s+)$/.test(ctx.slice.slice(nameEnd - ctx.start, time.start - ctx.start)) || (time.end <= nameAt && nameAt - time.end <= 2))) return "any";
  // "Prime Minister Naoto Kan visited Belgium from 3 to 5 October 2010": the days are the visit's, days within the
  // term, not its bounds.
  if (time.bounds && c.p === "holds-office" && actsInClause(ctx, time)) return "any";
  // "Japan ruled Taiwan from 1895 to 1945": both ends written out for a relation that lasts date its whole span.
  if (time.bounds && INTERVAL.has(c.p)) return "span";
  // An end word belongs to the date written closest to it ("from 1952 until the present day": the present).
  if (!time.span) {
    for (const m of ctx.slice.matchAll(END_WORDS_ALL)) {
      const at = ctx.start + m.index;
      const closest: TimeMention = ctx.times.reduce((b, t) => (Math.abs(t.start - at) < Math.abs(b.start - at) ? t : b), time);
      // …and not when a comma parts a date from an end word after it: "the war in 1904, ending in a Japanese
      // victory" dates the war's start; the end is told without a date.
      const parted = at > time.end && /[,;]/.test(ctx.slice.slice(time.end - ctx.start, at - ctx.start));
      if (closest === time && Math.abs(time.start - at) <= 80 && !parted) return "end";
    }
  }
  return "any";
}

/** Acts done over some days (a visit, talks, a stay), which a title's holder does within a term. */
const ACT_OVER_DAYS = /\b(?:visit(?:s|ed|ing)?|met|meets?|meeting|attend(?:s|ed|ing)?|travel(?:s|ed|led|ing)?|tour(?:s|ed|ing)?|host(?:s|ed|ing)?|held talks|stay(?:s|ed|ing)?|arriv(?:es|ed|ing))\b|訪問|訪れ|会談|出席|滞在|歴訪/i;
/** Words saying the span is the term itself. */
const TERM_WORDS = /\b(?:served|serving|in office|term|tenure|premiership|presidency)\b|在任|任期|務め/i;

/** Whether the clause of a span of days tells an act of some days and not the term of an office. */
function actsInClause(ctx: SentenceContext, time: TimeMention): boolean {
  const [from, to] = clauseAround(ctx.slice, time.start - ctx.start);
  const clause = ctx.slice.slice(from, to);
  return ACT_OVER_DAYS.test(clause) && !TERM_WORDS.test(clause);
}

const unnamedSlices = new WeakMap<SentenceContext, string>();

/**
 * Whether every start word of an office is said of someone else: another verb's infinitive or another person
 * stands between it and the holder ("Almeida became Portugal's first envoy to meet Emperor Mutsuhito": "became" is
 * Almeida's, not the emperor's taking office).
 */
function startWordsElsewhere(ctx: SentenceContext, c: Candidate): boolean {
  const text = unnamed(ctx);
  const holder = c.at - ctx.start;
  let any = false;
  for (const m of text.matchAll(START_WORDS_ALL["holds-office"]!)) {
    any = true;
    const [a, b] = m.index < holder ? [m.index + m[0].length, holder] : [holder, m.index];
    const between = ctx.slice.slice(a, b);
    const other = ctx.found.some((x) => x.kind === "person" && x.entity !== c.subject && x.start - ctx.start >= a && x.end - ctx.start <= b);
    if (!other && !/\bto\s+[a-z]+\b/.test(between)) return false;
  }
  return any;
}

/** The sentence with the names it links blanked out, so that a word inside a name ("the Annexation Treaty") is no cue. */
function unnamed(ctx: SentenceContext): string {
  let s = unnamedSlices.get(ctx);
  if (s === undefined) {
    s = ctx.slice;
    for (const m of ctx.found) if (m.via !== "reference" && m.start >= ctx.start) s = s.slice(0, m.start - ctx.start) + " ".repeat(m.end - m.start) + s.slice(m.end - ctx.start);
    unnamedSlices.set(ctx, s);
  }
  return s;
}

/** Whether an end word ("severed", "ended") stands nearer the claim's word than any of the relation's start words, outside names. */
function endNearerThanStart(ctx: SentenceContext, c: Candidate): boolean {
  const start = START_WORDS[c.p];
  if (!start) return false;
  const text = unnamed(ctx);
  const at = (c.cue ?? c.at) - ctx.start;
  // Within the claim's clause first: "after official diplomatic ties … were severed" holds its own end word.
  const [from, to] = clauseAround(ctx.slice, at);
  const ends = END_WORDS.test(text.slice(from, to));
  if (ends !== start.test(text.slice(from, to))) return ends;
  const nearest = (re: RegExp) => {
    let best = Infinity;
    for (const m of text.matchAll(re)) best = Math.min(best, Math.abs(m.index - at));
    return best;
  };
  return nearest(END_WORDS_ALL) < nearest(START_WORDS_ALL[c.p]!);
}

/** Whether the sentence, outside its names, has a word saying the relation began ("joined", "annexed"). */
export function saysStart(ctx: SentenceContext, p: Predicate): boolean {
  return START_WORDS[p]?.test(unnamed(ctx)) ?? false;
}

/** Today as a time mention, for a present-tense claim about a relation that holds over time. */
export function todayMention(ctx: SentenceContext, today: string): TimeMention {
  return { start: ctx.start, end: ctx.start, text: "today", edtf: today, min: today, max: today, span: false };
}
