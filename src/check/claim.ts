import { PREDICATES, type Predicate } from "../model/predicates.js";
import type { CheckResult } from "../model/results.js";
import type { StatementRow } from "../kb/store.js";
import { excepted, type SentenceContext } from "./context.js";
import { FRAME_OF, INTERVAL } from "./frames.js";
import { clauseAround, isModal, polarityAt, reportedAt, type Polarity } from "./polarity.js";
import { unreadShortYear, type TimeMention } from "./times.js";
import { decide } from "./verdict.js";
import { dateKeeper, edgeOf, nameOwningDate, opensLaterClause, presentTense, saysStart, startOnlyOfSigning, timeFor, todayMention, yearlessStart } from "./claim-time.js";
import { bilingual, type Why } from "./why.js";
import { evidenceOf } from "./evidence.js";
import { absenceEvidence, byAbsence, DENIED, locatedInRows, rowsOf, sameState, type Absence } from "./absence.js";
import type { Knowledge } from "./knowledge.js";

export type Claim = CheckResult["claims"][number];

/** The rules that propose claims; each claim names the one that proposed it, so evaluation can score rules apart. */
export type RuleId = "relation" | "agreement-description" | "dated-name" | "office" | "territorial-dispute" | "described-event" | "attribute" | "party-list" | "visit" | "founding" | "forces" | "venue";

/** A claim a rule reads in a sentence, before it is decided. */
export interface Candidate {
  rule: RuleId;
  subject: string;
  object: string | null;
  p: Predicate;
  /** Offset (in the whole text) of the word that carries the claim: polarity and dates are read around it. */
  at: number;
  /** A date the rule has already tied to the claim. */
  time?: TimeMention;
  /**
   * The sentence does not bind the roles for certain (two names beside a relation word, a guessed
   * reference): such a claim may support, never contradict.
   */
  loose?: boolean;
  /** Offset of the word that carries the claim, when apart from `at`: polarity is read around it. */
  cue?: number;
  /** For an office: the roles the sentence's title names ("prime minister" → prime-minister); only those terms decide. */
  roles?: readonly string[];
  /** The sentence's dates are not this claim's (they belong to the name): decide it undated. */
  undated?: boolean;
  /** Why the sentence's dates are not the claim's, when not because they belong to a name: they bound another event ("since 2011"). */
  undatedWhy?: "date-bounds-other";
  /** For a participant: the person the knowledge base records in the role the named one is said to have filled. */
  instead?: string;
  /** Said of no time, whatever dates the sentence gives: "the Okinawa Reversion Agreement between the United States and Japan" names its parties. */
  timeless?: boolean;
  /** The kind of agreement the sentence names ("a peace treaty") when the knowledge base has another kind between the parties. */
  mismatch?: string;
}

/**
 * A denial in the past, of a time the sentence may not give ("did not", "had no", "in the absence of", なかった); "has not
 * joined" and "ていない" speak of now, and are read as of today.
 */
const PAST_DENIAL = /\b(?:did not|didn't|was not|wasn't|were not|weren't|had not|hadn't|had no|absence of|without|lacked|lacking)\b|なかった/i;
/** Words that deny a relation at every time: "never", "at no time", 一度も, 決して. */
const NEVER = /\b(?:never|at no time|not\s+ever)\b|一度も|決して/i;
/** A relative clause right after the relation's word saying it ended (", which ended in 1972"). */
const ENDED_AFTER = /^[^,.;]{0,40},\s*which\s+(?:had\s+)?(?:ended|were\s+severed|was\s+severed|lapsed|ceased|expired)\b/i;

/** Relations whose denial the knowledge base records as a relation of its own. */
const NEGATED: Partial<Record<Predicate, Predicate>> = { "diplomatic-relations": "no-relations" };
/** Relations only one state holds over a place at a time: another holder contradicts a claimed one. */
export const EXCLUSIVE: ReadonlySet<Predicate> = new Set<Predicate>(["administers", "occupies", "rules", "holds-territory"]);
/** The statements that decide a candidate: its own relation, else its recorded denial, else another holder. */
function evidenceFor(ctx: SentenceContext, c: Candidate): { rows: StatementRow[]; opposite: boolean; absent?: Absence; seat?: boolean; sole?: boolean } | undefined {
  if (c.p === "located-in" && c.object && ctx.k.gazetteer.kinds.get(c.subject) === "event") return venueEvidence(ctx, c.subject, c.object);
  if (c.p === "exists") {
    const spans = ctx.k.exists.get(c.subject) ?? [];
    return spans.length ? { rows: spans, opposite: false } : undefined;
  }
  const all = rowsOf(ctx, c.subject, c.object, c.p);
  const own = all.filter((r) => (!c.roles || (r.role !== null && c.roles.includes(r.role))) && heldAsSaid(ctx, c, r) && seatAsSaid(ctx, c, r));
  if (own.length) return { rows: own, opposite: false };
  // "Japan is a permanent member of the Security Council": its recorded seats are all non-permanent.
  const seats = all.filter((r) => r.status !== "rejected" && r.role && !seatAsSaid(ctx, c, r));
  if (seats.length) return { rows: seats, opposite: true, seat: true };
  const other = absenceEvidence(ctx, c);
  if (other) return other;
  const neg = NEGATED[c.p];
  if (neg && c.object) {
    const denial = rowsOf(ctx, c.subject, c.object, neg).filter((r) => r.status !== "rejected");
    if (denial.length) return { rows: denial, opposite: true };
  }
  const sole = soleAlly(ctx, c);
  if (sole) return { rows: sole, opposite: true, sole: true };
  // "Prime Minister Taro Kono" in August 2018: an office one person holds at a time, held then by another (judge
  // keeps this only when the other's term certainly covers the whole claimed time).
  if (c.p === "holds-office" && c.roles && c.object && !c.loose) {
    const holders = (ctx.k.byObject.get(c.object) ?? []).filter((r) => r.p === "holds-office" && r.subject !== c.subject && r.role !== null && c.roles!.includes(r.role) && r.status !== "rejected");
    if (holders.length) return { rows: holders, opposite: true };
  }
  if (EXCLUSIVE.has(c.p) && c.object && !c.loose) {
    // The subject held the place in another of these ways (a colony, recorded as holding the territory): that claim decides.
    if (ownHolding(ctx, c.subject, c.object)) return undefined;
    // Administering, occupying and ruling a place are one family: another state holding it in any of these ways contradicts.
    const others = (ctx.k.byObject.get(c.object) ?? []).filter((r) => EXCLUSIVE.has(r.p) && r.subject !== c.subject && r.status !== "rejected");
    if (others.length) return { rows: others, opposite: true };
  }
  return undefined;
}

/** The places a place lies in, itself first (through recorded `located-in`, at most twelve in all). */
function placesAround(ctx: SentenceContext, id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length && out.length < 12; i++) for (const r of locatedInRows(ctx, out[i]!)) if (!out.includes(r.object!)) out.push(r.object!);
  return out;
}

/**
 * Where an event was held: its occurrences recorded at the named place or at a place inside it support ("held in Japan":
 * Yokohama lies in Japan); recorded only at places that neither lie in it nor contain it, they contradict. A place
 * inside the recorded one ("held in Shibuya" of an event recorded in Tokyo) decides nothing.
 */
function venueEvidence(ctx: SentenceContext, event: string, place: string): { rows: StatementRow[]; opposite: boolean; absent?: Absence } | undefined {
  const held = (ctx.k.byEnds.get(`${event}|`) ?? []).filter((r) => r.p === "occurred" && r.status !== "rejected" && r.at);
  if (!held.length) return undefined;
  const inside = held.filter((r) => placesAround(ctx, r.at!).includes(place));
  if (inside.length) return { rows: inside, opposite: false };
  if (held.some((r) => placesAround(ctx, place).includes(r.at!))) return undefined;
  return { rows: held, opposite: false, absent: "held-elsewhere" };
}

/** The state whose every alliance gaiko records (curated, from the Anglo-Japanese alliance on), and the day from which it has had one ally. */
const WHOLE_ALLIANCES = { state: "japan", since: "1952-04-28" };

/**
 * "Japan is an ally of China", "Seoul and Tokyo are both Chinese allies": a claimed alliance of Japan with a state
 * (or its line) that gaiko records no alliance with is decided by Japan's recorded alliances since 1952, the one with
 * the United States; judge keeps it only when that alliance certainly held over the whole claimed time (a claim of
 * the 1930s is left alone: the record of the wartime alliances is not known to be whole).
 */
function soleAlly(ctx: SentenceContext, c: Candidate): StatementRow[] | undefined {
  if (c.p !== "alliance" || !c.object || c.loose) return undefined;
  const other = c.subject === WHOLE_ALLIANCES.state ? c.object : c.object === WHOLE_ALLIANCES.state ? c.subject : undefined;
  if (!other || ctx.k.gazetteer.kinds.get(other) !== "state") return undefined;
  const mine = alliancesOf(ctx.k, WHOLE_ALLIANCES.state);
  const line = sameState(ctx, other);
  if (mine.some((r) => line.has(r.subject === WHOLE_ALLIANCES.state ? r.object! : r.subject))) return undefined;
  const since = mine.filter((r) => r.s_min && r.s_min >= WHOLE_ALLIANCES.since);
  return since.length ? since : undefined;
}

/** The reason's values for Japan's one ally: the ally, Japan, and the alliance's recorded spans. */
function soleParams(used: StatementRow[]): Why["params"] {
  const ally = used.map((r) => (r.subject === WHOLE_ALLIANCES.state ? r.object! : r.subject))[0] ?? "";
  return { holder: ally, target: WHOLE_ALLIANCES.state, held: [...new Set(used.map((r) => r.time).filter(Boolean))].join(", ") };
}

/** A state's accepted curated alliances, in either direction, gathered once per knowledge base. */
function alliancesOf(k: Knowledge, state: string): StatementRow[] {
  let byState = ALLIANCES.get(k);
  if (!byState) ALLIANCES.set(k, (byState = new Map()));
  let rows = byState.get(state);
  if (!rows) {
    const all = [...k.byObject.values()].flat().filter((r) => r.p === "alliance" && r.status !== "rejected" && !r.origin.startsWith("dataset:") && (r.subject === state || r.object === state));
    byState.set(state, (rows = [...new Map(all.map((r) => [r.id, r])).values()]));
  }
  return rows;
}
const ALLIANCES = new WeakMap<Knowledge, Map<string, StatementRow[]>>();

/**
 * A holding said in one word of the family and recorded in another ("took control of Korea", recorded as
 * ruling it): the claim is the recorded relation.
 */
function holdingAsRecorded(ctx: SentenceContext, c: Candidate): Candidate {
  if (!EXCLUSIVE.has(c.p) || !c.object || rowsOf(ctx, c.subject, c.object, c.p).some((r) => r.subject === c.subject)) return c;
  // Only a word of holding a place does: "export controls on South Korea", "control over its bases in Japan" hold nothing.
  const at = (c.cue ?? c.at) - ctx.start;
  const word = ctx.slice.slice(at, at + 16);
  if (!/^(?:rul|coloni|annex|occup|seiz|captur|mandat|administ|protectorate)/i.test(word) && !/\b(?:took|taken|seized|gained|assumed|under(?:\s+\w+)?)\s+$/i.test(ctx.slice.slice(Math.max(0, at - 24), at))) return c;
  // Of the subject's own recorded holdings, one of the way the word says first ("annexed by the Soviet Union": its
  // occupation, though its administration of the chain is recorded too).
  const other = ownHolding(ctx, c.subject, c.object, /^administ/i.test(word) ? ["administers"] : ["holds-territory", "rules", "occupies"]);
  if (other) return { ...c, p: other.p };
  // "Japan ruled Korea from 1895": the Korea of 1895 (Joseon) was never held, its successor (the Korean Empire) was.
  // The holding of the one state of the line, before or after it, that the subject held is the claim.
  const line = [...(ctx.k.predecessors.get(c.object) ?? []), ...(ctx.k.successors.get(c.object) ?? [])];
  const heldInLine = line.flatMap((x) => ownHolding(ctx, c.subject, x) ?? []);
  if (heldInLine.length === 1) return { ...c, object: heldInLine[0]!.object!, p: heldInLine[0]!.p };
  // A holder the knowledge base does not record ("annexed by the United States"): the claim is in the way the place's
  // recorded holders held it, when that is one way (administering only when the word says so: "annexed" is no
  // administration), so that the real holder answers it.
  const ways = new Set((ctx.k.byObject.get(c.object) ?? []).filter((r) => EXCLUSIVE.has(r.p) && r.status !== "rejected" && (r.p !== "administers" || /^administ/i.test(word))).map((r) => r.p));
  return ways.size === 1 ? { ...c, p: [...ways][0]! } : c;
}

/** The kind of seat written right before an organisation's name: "a permanent member of the Security Council". */
const SEAT = /\b(non-?permanent|permanent)\s+(?:members?|seats?)\s+(?:of|on|in)\s+(?:the\s+)?$/i;

/** Whether a membership statement's role is the seat the sentence names (any, when it names none). */
function seatAsSaid(ctx: SentenceContext, c: Candidate, r: StatementRow): boolean {
  if (c.p !== "member-of" || !c.object) return true;
  const m = ctx.found.find((x) => x.entity === c.object && x.via !== "reference");
  const said = m ? SEAT.exec(ctx.slice.slice(Math.max(0, m.start - ctx.start - 40), m.start - ctx.start))?.[1]?.toLowerCase() : undefined;
  if (!said) return true;
  const role = (r.role ?? "").toLowerCase();
  return said.startsWith("non") ? /non-?permanent/.test(role) : /permanent/.test(role) && !/non-?permanent/.test(role);
}

/** Ways of holding a place that annexing or colonising it is not: "annexed Korea in 1905" is no protectorate of 1905. */
const NOT_ANNEXED: ReadonlySet<string> = new Set(["protectorate", "occupation", "mandate", "trust", "puppet"]);

/** Whether a holding statement is held the way the claim's word says ("annexed", "colonised"): any other word takes any way. */
function heldAsSaid(ctx: SentenceContext, c: Candidate, r: StatementRow): boolean {
  if (!EXCLUSIVE.has(c.p) || c.cue === undefined || !r.role) return true;
  const word = ctx.slice.slice(c.cue - ctx.start, c.cue - ctx.start + 12);
  return !/^(?:annex|coloni|併合)/i.test(word) || !NOT_ANNEXED.has(r.role);
}

/** The subject's own accepted statement of holding the place in any way of the family (administers, occupies, rules, holds-territory), one in a way `prefer` names if there is one. */
function ownHolding(ctx: SentenceContext, subject: string, object: string, prefer: readonly Predicate[] = []): StatementRow | undefined {
  const own = (ctx.k.byEnds.get(`${subject}|${object}`) ?? []).filter((r) => EXCLUSIVE.has(r.p) && r.subject === subject && r.status !== "rejected");
  return own.find((r) => prefer.includes(r.p)) ?? own[0];
}

/** Whether a statement certainly holds over every day of a time: it began before it and ended after it, at the latest and earliest. */
function covers(r: StatementRow, t: TimeMention): boolean {
  if (!r.s_max || r.s_max > t.min) return false;
  if (r.e_open === 1) return true;
  return !!r.e_min && t.max < r.e_min;
}

/**
 * Decides one candidate against the knowledge base and reads how the sentence holds it (polarity,
 * exception, modality, attribution). Returns nothing when the knowledge base has no statement that
 * decides it or when the sentence's date lies before either party existed (it then speaks of a
 * predecessor).
 */
export function judge(ctx: SentenceContext, c: Candidate): Claim | undefined {
  const today = ctx.today;
  c = holdingAsRecorded(ctx, c);
  const ev = evidenceFor(ctx, c);
  if (!ev) return undefined;
  const rel = (c.cue ?? c.at) - ctx.start;
  // A signature is an act of a day, not a state of affairs: "has not signed" speaks of any time up to now, not of today.
  const interval = INTERVAL.has(c.p) && ev.rows.some((r) => r.e_open !== null || r.e_max !== null);
  // Taking part is said of the event, whose date decides its own claim.
  let time = c.p === "participant" || c.timeless ? undefined : timeFor(ctx, c);
  if (!time && interval && c.object && presentTense(ctx.slice, rel) && !saysStart(ctx, c.p)) time = todayMention(ctx, today);
  // A claim about when a state came into being is decided by its existence, not set aside by it.
  // The territory of a state held before it existed ("Japan ruled Korea from 1910") is named by today's state: only the holder must have existed.
  if (time && c.p !== "exists" && [c.subject, c.p === "holds-territory" ? null : c.object].some((e) => e && (ctx.k.exists.get(e) ?? []).length > 0 && (ctx.k.exists.get(e) ?? []).every((x) => x.s_min && time!.max < x.s_min))) return undefined;
  const edge = edgeOf(ctx, c, time);
  let polarity: Polarity = polarityAt(ctx.slice, rel);
  // "in the absence of diplomatic ties, which ended in 1972": the relative clause speaks of the ties themselves, which
  // held until then; their end is what is dated, asserted.
  if (polarity === "negative" && time && INTERVAL.has(c.p) && ENDED_AFTER.test(ctx.slice.slice(rel))) polarity = "positive";
  // "It was not signed by Kim Jong Un": the denial speaks of who signed (a claim of its own), not of the signing.
  if (c.p === "signed" && polarity === "negative" && /^\S+\s+by\b/i.test(ctx.slice.slice(rel))) return undefined;
  // "Indonesia did not sign RCEP": the denial is of Indonesia's signature, a claim of its own, not of the signing.
  if (c.p === "signed" && polarity === "negative" && ctx.found.some((m) => m.start - ctx.start < rel && m.start >= ctx.start + clauseAround(ctx.slice, rel)[0] && (m.kind === "state" || m.kind === "person") && m.via !== "reference")) return undefined;
  const exception = (c.object && excepted(ctx, c.object)) || excepted(ctx, c.subject);
  if (exception) polarity = polarity === "positive" ? "negative" : "positive";
  // Another holder contradicts by holding the place at the claimed time, whatever part of the claimed span the date speaks of.
  let positive: ReturnType<typeof decide> = ev.absent ? byAbsence(ctx, c, ev.absent, ev.rows) : decide(ev.rows, ev.seat ? undefined : time, ev.opposite && (EXCLUSIVE.has(c.p) || ev.sole) ? "any" : edge, today);
  // "Western Sahara and Japan established diplomatic relations in 1994": a recorded denial (no relations) that held
  // over the whole claimed date leaves no room for the relation's start or end then.
  if (ev.opposite && !ev.seat && !ev.sole && !EXCLUSIVE.has(c.p) && c.p !== "holds-office" && time && (edge === "start" || edge === "end")) {
    const during = decide(ev.rows, time, "any", today);
    const held = during.used.filter((r) => covers(r, time!));
    if (during.verdict === "supported" && held.length) positive = { ...during, used: held };
  }
  if (c.mismatch) {
    // Only an agreement signed at the sentence's date is the one it misnames.
    if (positive.verdict !== "supported") return undefined;
    positive.verdict = "contradicted";
    positive.expected = ctx.store.ref(c.subject)?.name.en ?? c.subject;
    positive.why = { code: "type-mismatch", params: { what: c.subject, given: c.mismatch } };
  }
  // A recorded denial or another holder turns the relation's verdict round.
  if (ev.opposite) {
    // Another holder contradicts only if it certainly held the place over the whole claimed time (a span
    // ending "1945" may have ended in August 1945, when the claimed one began).
    if (positive.verdict === "supported" && time && EXCLUSIVE.has(c.p) && !positive.used.some((r) => covers(r, time!))) return undefined;
    // Japan's one ally decides a claimed alliance only over a time it certainly covers (after 1952, or today).
    if (ev.sole && !(positive.verdict === "supported" && time && positive.used.some((r) => covers(r, time!)))) return undefined;
    if (ev.sole) positive.used = positive.used.filter((r) => covers(r, time!));
    // Another holder of the office decides only a dated title, by a term that covers all of the date.
    if (c.p === "holds-office" && !(positive.verdict === "supported" && time && positive.used.some((r) => covers(r, time!)))) return undefined;
    if (c.p === "holds-office") positive.used = positive.used.filter((r) => covers(r, time!));
    // The reason names one holder and its own dates: the latest recorded holder, when several held the place.
    const r0 = [...positive.used].sort((a, b) => (b.s_min ?? "").localeCompare(a.s_min ?? ""))[0] ?? ev.rows[0]!;
    const mine = positive.used.filter((r) => r.subject === r0.subject && r.p === r0.p);
    Object.assign(positive.why.params, { holder: r0.subject, rel: r0.p, target: r0.object ?? "", ...(mine.length ? { held: [...new Set(mine.map((r) => r.time).filter(Boolean))].join(", ") || positive.why.params.held } : {}) });
  }
  const flipped = ev.opposite ? flipVerdict(positive, true) : positive;
  // Another holder of an office, or a seat of another kind, has a reason of its own.
  const code = !ev.opposite ? undefined : ev.seat ? ("other-seat" as const) : c.p === "holds-office" ? ("other-holder" as const) : ev.sole ? ("sole-ally" as const) : undefined;
  const asPositive = code ? { ...flipped, why: { code, params: { ...flipped.why.params, ...(ev.seat ? { role: ev.rows[0]!.role ?? "" } : {}), ...(ev.sole ? soleParams(positive.used) : {}) } } } : flipped;
  // A denial of what the knowledge base decides by absence is what it records: supported, with its reason.
  let d = polarity === "negative" ? (ev.absent ? { ...asPositive, verdict: "supported" as const, why: { ...asPositive.why, code: DENIED[ev.absent] } } : flipVerdict(asPositive, false)) : asPositive;
  let why: Why = d.why;
  if (c.p === "participant" && d.why.code === "holds") why = { code: "takes-part", params: { who: c.object ?? "", target: c.subject } };
  // "TICAD7 was held in Japan": where the knowledge base records it held.
  if (c.rule === "venue" && d.verdict === "supported" && polarity === "positive") {
    const at = [...new Set(d.used.map((r) => r.at).filter((x): x is string => !!x))];
    why = at.length === 1 && at[0] === c.object ? { code: "held-there", params: { holder: c.subject, target: c.object } } : { code: "held-at", params: { holder: c.subject, signers: at.join(","), target: c.object ?? "" } };
  }
  // "日本はまだチリと国交をもっていなかった", "in the absence of formal relations between Japan and Chile": a denial of a
  // lasting relation at a time the text does not give (and not "never") is not contradicted by the relation's having
  // held at some time: which time the text means, it does not say.
  const clause = polarity === "negative" && !time ? ctx.slice.slice(...clauseAround(ctx.slice, rel)) : "";
  // (A denied act that begins the relation, "did not annex Korea", "did not join the UN", is contradicted by its having
  // happened at some time.)
  if (polarity === "negative" && !time && INTERVAL.has(c.p) && d.verdict === "contradicted" && PAST_DENIAL.test(clause) && !NEVER.test(clause) && !saysStart(ctx, c.p)) {
    d = { ...d, verdict: "not-checkable", expected: null };
    why = { code: "denial-undated", params: {} };
  }
  // "The Treaty (1951) ended the war": the date is the treaty's own; when the war ended, the text does not say.
  if (c.undated && ctx.times.length && d.verdict === "supported") {
    d = { ...d, verdict: "not-checkable" };
    why = { code: c.undatedWhy ?? "date-of-name", params: {} };
  }
  // "The Treaty of Portsmouth, …, was concluded in 1895": an act of a day the sentence dates, in a date not
  // tied to it, is not supported by the act's having happened at some time.
  // A title is read as a claim only beside a date ("President McKinley … in 1905"): a title whose date the checker
  // could not tie to it is not supported by the person's having held the office at some time.
  const datedText = ctx.times.some((t) => t.text !== "today");
  const titleUndated = c.rule === "office" && !c.undated && !c.timeless && datedText;
  if (!time && d.verdict === "supported" && datedText && startOnlyOfSigning(ctx, c.p)) {
    d = { ...d, verdict: "not-checkable" };
    why = { code: "date-of-signing", params: {} };
  } else if (!time && d.verdict === "supported" && datedText && yearlessStart(ctx, c.p) !== undefined) {
    d = { ...d, verdict: "not-checkable" };
    why = { code: "year-unread", params: {} };
  } else if (!time && d.verdict === "supported" && (((PREDICATES[c.p].time === "point" || (c.p === "occurred" && !c.timeless && !c.undated)) && unreadDate(ctx, rel)) || titleUndated)) {
    // An event said to have taken place, in a clause giving a date the checker did not tie to it ("In 2014 the fifth
    // … was held"): that it took place at some time does not support what the sentence says of when.
    d = { ...d, verdict: "not-checkable" };
    why = { code: "date-unread", params: {} };
  } else if (!time && d.verdict === "supported" && unreadShortYear(ctx.slice, ctx.times, ctx.start)) {
    // "ロシアは20年2月のウクライナ侵攻後" read alone: a year in two digits with no year in full before it to give its century.
    d = { ...d, verdict: "not-checkable" };
    why = { code: "century-unread", params: {} };
  } else if (!time && d.verdict === "supported" && polarity === "positive" && INTERVAL.has(c.p) && !c.timeless && !c.undated && afterItsEnd(ctx, c, d.used)) {
    // A lasting relation dated by nothing of its own, in a sentence set at or after its end by a date it gives or a
    // dated thing it names ("At the time of the 1973 oil crisis, the United States administered Okinawa"; "once
    // the treaty was signed in 1951, … the state of war went on"): that it held before does not support what the
    // sentence says of then. (A sentence whose dates fall within or before it, "Japan took control of Korea with the
    // Annexation Treaty of 1910", is read as before.)
    d = { ...d, verdict: "not-checkable" };
    why = { code: "date-unread", params: {} };
  }
  // "The Soviet Union declared war on Japan on 8 August 1945" (Moscow; the war began on the 9th in Manchuria): the
  // start of a war or the day of an attack, one day apart, is no contradiction.
  // (The event's type is looked up only for a contradicted date: the events are many and most claims are not.)
  if (d.verdict === "contradicted" && d.why.code === "time-mismatch" && time && warlike(ctx, c) && dayApart(time, d.used)) {
    d = { ...d, verdict: "not-checkable" };
    why = { code: "a-day-apart", params: d.why.params };
  }
  // "Japan withdrew from the League of Nations in 1933": a withdrawal is given notice of before it takes effect (the
  // League's two years, to 27 March 1935); a date up to two years before the recorded end may be the notice's.
  if (d.verdict === "contradicted" && d.why.code === "time-mismatch" && edge === "end" && time && WITHDRAWAL.test(ctx.slice.slice(rel, rel + 12)) && noticeBefore(time, d.used)) {
    d = { ...d, verdict: "not-checkable" };
    why = { code: "notice-before-end", params: d.why.params };
  }
  // "Japan adopted the policy of Sakoku in 1639" (the first edict came in 1633; the policy was in effect from 1639): a
  // policy's adoption dated to the start of its time in effect gives the day it took effect, which texts say alike.
  if (d.verdict === "contradicted" && d.why.code === "time-mismatch" && c.p === "adopted" && time && tookEffectThen(ctx, c.subject, time)) {
    d = { ...d, verdict: "not-checkable" };
    why = { code: "took-effect-then", params: d.why.params };
  }
  const loose = c.loose || ctx.referenced.has(c.subject) || (!!c.object && ctx.referenced.has(c.object));
  if (loose && d.verdict !== "supported") return undefined;
  const reported = reportedAt(ctx.slice, rel);
  const attributedTo = reported ? reporter(ctx, reported.start) : null;
  if (isModal(ctx.slice, rel)) {
    d = { ...d, verdict: "not-checkable" };
    why = { code: "modal", params: {} };
  } else if (reported && d.verdict === "contradicted") {
    d = { ...d, verdict: "not-checkable" };
    why = { code: "reported", params: { who: attributedTo ?? "" } };
  }
  const reason = bilingual(why, ctx.store);
  return {
    start: ctx.start, end: ctx.end, frame: FRAME_OF[c.p] ?? "other", p: c.p, rule: c.rule, label: { en: PREDICATES[c.p].en, ja: PREDICATES[c.p].ja },
    subject: ctx.store.ref(c.subject)!, object: c.object ? ctx.store.ref(c.object) : null,
    time: time && time.text !== "today" ? { start: time.start, end: time.end, text: time.text, edtf: time.edtf } : null,
    edge: time ? (time.text === "today" ? "today" : edge) : "ever",
    polarity, attributedTo: attributedTo ? ctx.store.ref(attributedTo) : null,
    verdict: d.verdict, expected: d.expected, reason: reason.en, reasonJa: reason.ja,
    ...(d.verdict === "contradicted" && (why.code === "span-start-differs" || why.code === "span-end-differs") ? { differs: why.code === "span-start-differs" ? ("start" as const) : ("end" as const) } : {}),
    evidence: d.used.map((r) => evidenceOf(ctx.store, r, c)),
  };
}

/** A date (not "today") in the clause around `at` (an offset in the sentence), none of it inside a name, written as a name's own or opening a later joined clause. */
function unreadDate(ctx: SentenceContext, at: number): boolean {
  const [from, to] = clauseAround(ctx.slice, at);
  return ctx.times.some((t) => t.text !== "today" && t.start - ctx.start >= from && t.end - ctx.start <= to && !nameOwningDate(ctx, t) && !opensLaterClause(ctx, ctx.start + at, t));
}

/** Who a reporting phrase gives the claim to: the state, organisation or person named just before it. */
function reporter(ctx: SentenceContext, at: number): string | null {
  const before = ctx.found.filter((m) => m.start - ctx.start < at && ["state", "organization", "person"].includes(m.kind));
  return before.length ? before[before.length - 1]!.entity : null;
}

type Decision = ReturnType<typeof decide>;

/**
 * Turns a decision round: for a denied claim ("never signed"), or for evidence that records the
 * opposite relation (no relations, another administering state). Not checkable stays so.
 */
function flipVerdict(d: Decision, opposite: boolean): Decision {
  if (d.verdict === "not-checkable") return d;
  if (opposite) {
    // The opposite relation not holding on the day says nothing of the claimed one.
    if (d.verdict === "contradicted") return { ...d, verdict: "not-checkable", expected: null, why: { code: "opposite-absent", params: d.why.params } };
    return { ...d, verdict: "contradicted", expected: d.why.params.held ?? null, why: { code: "opposite-holds", params: d.why.params } };
  }
  if (d.verdict === "supported") return { ...d, verdict: "contradicted", expected: d.why.params.held ?? null, why: { code: "denied-but-holds", params: d.why.params } };
  return { ...d, verdict: "supported", expected: null, why: { code: d.why.code === "rejected-claim" ? "denied-rejected" : "denied-and-absent", params: d.why.params } };
}

/** A word of leaving a membership or a treaty, at a claim's cue. */
const WITHDRAWAL = /^(?:withdr|脱退)/i;

/** Whether a date falls within the two years before the end of a span used (in part, for a year): a notice of withdrawal may be given then. */
function noticeBefore(t: TimeMention, used: StatementRow[]): boolean {
  return used.some((r) => {
    const end = r.e_max ?? r.e_min;
    if (!end || t.max > end) return false;
    const from = `${String(Number(end.slice(0, 4)) - 2).padStart(4, "0")}${end.slice(4)}`;
    return t.max >= from;
  });
}

/** Whether a claim is of a war or of an event of a warlike kind (looked up only for a contradicted date). */
function warlike(ctx: SentenceContext, c: Candidate): boolean {
  return c.p === "at-war" || (c.p === "occurred" && WARLIKE.has(ctx.k.events.find((e) => e.id === c.subject)?.type ?? ""));
}

/** Kinds of event whose day differs across time zones in the sources (Pearl Harbor: 7 December in Hawaii, the 8th in Tokyo). */
const WARLIKE: ReadonlySet<string> = new Set(["war", "attack", "battle", "incident"]);

/**
 * Whether a date the sentence gives, or the recorded date of an agreement or event it names besides the claim's own
 * ends (its signature, its occurrence), lies at or after the end of every statement that supports the claim: the
 * sentence is set when the relation no longer held. False when a statement has no recorded end or the sentence gives
 * no date.
 */
function afterItsEnd(ctx: SentenceContext, c: Candidate, used: readonly StatementRow[]): boolean {
  const ends = used.map((r) => (r.e_open === 1 ? null : r.e_max));
  if (!ends.length || ends.some((e) => !e)) return false;
  const last = ends.reduce((a, b) => (b! > a! ? b : a))!;
  // A date kept by a dated name ("the Treaty of San Francisco was signed in 1951") counts by that name's recorded date.
  const dated = ctx.found.filter((m) => m.kind === "event" || m.kind === "agreement" || m.kind === "policy");
  const starts = ctx.times.filter((t) => t.text !== "today" && !dateKeeper(ctx, dated, t)).map((t) => t.min as string);
  for (const m of dated) {
    if (m.via === "reference" || m.entity === c.subject || m.entity === c.object || m.kind === "policy") continue;
    // The latest start its dates allow: "1951" beside "8 September 1951" is the same signing, known to the day.
    let start: string | undefined;
    for (const r of ctx.k.byEnds.get(`${m.entity}|`) ?? []) if ((r.p === "occurred" || r.p === "signed") && r.status !== "rejected" && r.s_min && (!start || r.s_min > start)) start = r.s_min;
    if (start) starts.push(start);
  }
  return starts.some((x) => x >= last);
}

/** Whether a policy's recorded time in effect begins within a date ("1639" for in effect 1639–1854). */
function tookEffectThen(ctx: SentenceContext, policy: string, time: TimeMention): boolean {
  return (ctx.k.byEnds.get(`${policy}|`) ?? []).some((r) => r.p === "in-effect" && r.status !== "rejected" && !!r.s_min && time.min <= r.s_min && r.s_min <= time.max);
}

/** Whether the text's day is a day before or after every recorded first day it contradicts. */
function dayApart(time: TimeMention, used: readonly StatementRow[]): boolean {
  if (time.min !== time.max || !/^\d{4}-\d{2}-\d{2}$/.test(time.min)) return false;
  const day = Date.parse(`${time.min}T00:00:00Z`);
  const starts = used.map((r) => r.s_min).filter((x): x is string => !!x && /^\d{4}-\d{2}-\d{2}$/.test(x));
  return starts.length > 0 && starts.every((x) => Math.abs(Date.parse(`${x}T00:00:00Z`) - day) === 86_400_000);
}
