import type { CheckResult } from "../model/results.js";
import type { Store } from "../kb/store.js";
import { matchAttributes } from "./attributes.js";
import type { Candidate, Claim } from "./claim.js";
import { evidenceOf } from "./evidence.js";
import { numberedMeeting, sentenceContext, triggerIndex, type SentenceContext } from "./context.js";
import { Discourse } from "./discourse.js";
import { fold } from "./fold.js";
import type { Mention } from "./gazetteer.js";
import { htmlToText, type InputFormat } from "./input.js";
import { knowledge, numbersOf, type Knowledge } from "./knowledge.js";
import { hasNegation } from "./polarity.js";
import { resolve, RULES } from "./resolve.js";
import { valueJa } from "./role-ja.js";
import { titleRolesBefore } from "./rules/office.js";
import { splitSentences } from "./sentences.js";
import { findSlant } from "./slant.js";
import { derivedTimes, findTimes, type TimeMention } from "./times.js";
import { withoutCoarser } from "./verdict.js";
import { bilingual } from "./why.js";

/**
 * Mention linking alone (names, aliases, demonyms, pairs), without sentences, dates or claims.
 *
 * @example linkMentions(store, "Japan–China relations").map(m => m.entity) // ["japan", "china"]
 */
export function linkMentions(store: Store, text: string): Mention[] {
  const k = knowledge(store);
  return k.gazetteer.find(text, (candidates) => candidates.sort((a, b) => (k.gazetteer.prominence.get(b) ?? 0) - (k.gazetteer.prominence.get(a) ?? 0))[0]!);
}

export interface CheckOptions {
  format?: InputFormat;
  /** Today's date (YYYY-MM-DD), for claims about the present; the system clock's day when left out. */
  today?: string;
  /** Byte size of the input, for the document stats. */
  bytes?: number;
}

/**
 * How a sentence picks between entities sharing a name: one that existed at the sentence's first date (an agreement
 * already signed and not yet ended), then the agreement whose parties the sentence names ("Japan and the Philippines
 * signed a Reciprocal Access Agreement"), then the most prominent. An agreement the sentence tells apart by nothing is
 * added to `guessed`.
 */
function chooser(store: Store, k: Knowledge, slice: string, first: TimeMention | undefined, guessed: Set<string>, before = "") {
  const year = first?.min;
  // A span without written ends ("the early 20th century", "the 1930s") in which another of the states sharing a name
  // came to exist chooses none: the Qing alive in 1900 is not "China" of the early 20th century, which the Republic
  // also was (the Russian Empire is its "Russia": today's Russia came later). A span with both ends written ("ruled
  // Korea from 1905 to 1960") is said of what its start names.
  const vague = first?.span && !first.bounds ? first : undefined;
  return (candidates: string[], at?: number): string => {
    // Agreements of one name (an "Acquisition and Cross-Servicing Agreement" of Japan with each of fourteen states) are
    // told apart first by the parties the sentence names, and only then by the sentence's date: "Japan and Germany
    // signed an Acquisition and Cross-Servicing Agreement in 2019" speaks of the one with Germany, signed in 2024,
    // and the date is what is checked (the date had chosen an agreement of 2017 with Australia, and the claim was a guess).
    if (candidates.length > 1 && candidates.every((c) => k.gazetteer.kinds.get(c) === "agreement")) {
      const parties = (c: string) => [...(k.partiesOf.get(c) ?? [])].filter((p) => p !== "japan" && partyNamed(store, p, slice)).length;
      const counts = candidates.map(parties);
      const most = Math.max(...counts);
      if (most > 0) {
        const byParties = candidates.filter((_, i) => counts[i] === most);
        const then = year ? byParties.filter((c) => existsAt(k, c, year) && agreementAlive(k, c, year, first!.max)) : byParties;
        const pool = (then.length ? then : byParties).sort((a, b) => (k.gazetteer.prominence.get(b) ?? 0) - (k.gazetteer.prominence.get(a) ?? 0));
        if (pool.length > 1 && then.length !== 1) guessed.add(pool[0]!);
        return pool[0]!;
      }
    }
    let alive = year ? candidates.filter((c) => existsAt(k, c, year) && agreementAlive(k, c, year, first!.max)) : candidates;
    if (vague && alive.length && candidates.some((c) => !alive.includes(c) && (k.exists.get(c) ?? []).some((e) => !!e.s_min && e.s_min > vague.min && e.s_min <= vague.max))) alive = [];
    const living = alive.length ? alive : candidates;
    // "then Prime Minister Tanaka": of the persons sharing the name, those who ever held the office the title names.
    const roles = at !== undefined && living.every((c) => k.gazetteer.kinds.get(c) === "person") ? titleRolesBefore(k, slice.slice(Math.max(0, at - 40), at)) : undefined;
    const titled = roles ? living.filter((c) => (k.offices.get(c) ?? []).some((r) => !!r.role && roles.includes(r.role))) : [];
    const pool = titled.length ? titled : living;
    const namedIn = (text: string) => (c: string) => (text ? [...(k.partiesOf.get(c) ?? [])].filter((p) => p !== "japan" && partyNamed(store, p, text)).length : 0);
    const named = namedIn(slice);
    // The parties named earlier in the paragraph tell agreements apart when the sentence does not ("… signed the RAA"
    // after "a reciprocal access agreement between the Philippines and Japan").
    const earlier = namedIn(before);
    const sorted = pool.sort((a, b) => named(b) - named(a) || earlier(b) - earlier(a) || (k.gazetteer.prominence.get(b) ?? 0) - (k.gazetteer.prominence.get(a) ?? 0));
    if (sorted.length > 1 && k.gazetteer.kinds.get(sorted[0]!) === "agreement" && named(sorted[0]!) === named(sorted[1]!) && earlier(sorted[0]!) === earlier(sorted[1]!) && alive.length !== 1) guessed.add(sorted[0]!);
    return sorted[0]!;
  };
}

/** What follows an event's name inside an agreement's Japanese title: に関する and the kind of agreement. */
const IN_TITLE_JA = /^に関する[^、。]{0,12}?(?:共同宣言|宣言|条約|協定|議定書|声明|取極)/u;

/** The date of the first agreement (its signing) or event (its occurrence) named in a sentence, with one date recorded. */
function datedName(store: Store, k: Knowledge, named: readonly Mention[]): TimeMention | undefined {
  for (const m of named) {
    if (m.kind !== "agreement" && m.kind !== "event") continue;
    const p = m.kind === "agreement" ? "signed" : "occurred";
    const rows = withoutCoarser((k.byEnds.get(`${m.entity}|`) ?? []).filter((r) => r.p === p && r.status !== "rejected" && r.s_min && r.s_max));
    if (rows.length !== 1) continue;
    const r = rows[0]!;
    return { start: m.start, end: m.end, text: m.text, edtf: r.time!, min: r.s_min!, max: r.s_max!, span: false };
  }
  return undefined;
}

/** A contradicted claim about an agreement picked by a guess among several of one name: not checkable, and why. */
function guessedName(store: Store, c: Claim, id: string): Claim {
  const reason = bilingual({ code: "ambiguous-name", params: { target: id } }, store);
  return { ...c, verdict: "not-checkable", expected: null, reason: reason.en, reasonJa: reason.ja };
}

/** Whether a state's English name (or its short form after "the") or its Japanese name is written in a sentence. */
function partyNamed(store: Store, id: string, slice: string): boolean {
  const name = store.ref(id)?.name;
  const en = name?.en;
  return (!!en && slice.includes(en.replace(/^the\s+/i, ""))) || (!!name?.ja && slice.includes(name.ja));
}

/**
 * Whether an agreement sharing its name with another ("the US–Japan Security Treaty", 1951 and 1960) was already
 * signed and not yet ended within a date's bounds; true for anything that is not an agreement or has no dates.
 */
function agreementAlive(k: Knowledge, id: string, min: string, max: string): boolean {
  if (k.gazetteer.kinds.get(id) !== "agreement") return true;
  const rows = k.byEnds.get(`${id}|`) ?? [];
  const signed = rows.find((r) => r.p === "signed" && r.s_min && r.status !== "rejected");
  const ended = rows.find((r) => r.p === "in-force" && r.e_max && !r.e_open && !r.e_unknown && r.status !== "rejected");
  return !(signed && signed.s_min! > max) && !(ended && ended.e_max! < min);
}

/** Whether an entity existed on a day (any entity without recorded spans did). */
function existsAt(k: Knowledge, c: string, day: string): boolean {
  return (k.exists.get(c) ?? []).every((e) => !e.s_min || (e.s_min <= day && (e.e_open || !e.e_max || day < e.e_max)));
}

/**
 * Checks a text: links mentions, finds dates, builds each sentence's context once, lets every rule
 * propose the claims it reads there, decides each against the knowledge base (with the sentence's
 * polarity, exceptions, modality and attribution), keeps one claim per edge, and reports slanted
 * wording apart.
 *
 * @example check(store, "Japan and China signed a peace treaty in 1972.").claims[0]?.verdict // "contradicted"
 */
export function check(store: Store, input: string, opts: CheckOptions = {}): CheckResult {
  const format = opts.format ?? "text";
  const text = format === "html" ? htmlToText(input) : input;
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const k = knowledge(store);
  const sentences = splitSentences(text);
  // Folding keeps every offset and turns full-width digits into digits (１９７８年 → 1978年); done once
  // for the whole text, the gazetteer reads each sentence's part of it.
  const folded = fold(text);
  // "a Plan for the 21st Century", "the Japan–US Joint Declaration on Security – Alliance for the 21st Century": a
  // century written with a capital inside a title is part of the name, not a date (it had dated a prime minister's term).
  const times = findTimes(folded, today)
    .map((t) => ({ ...t, text: text.slice(t.start, t.end) }))
    .filter((t) => !(/\bCentury$/.test(t.text) && /[A-Z][\w-]*\s+(?:for|of)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, t.start - 40), t.start))));
  const triggers = triggerIndex(text);
  const claims: Claim[] = [];
  const mentions: CheckResult["mentions"] = [];
  const discourse = new Discourse(k);
  let ti = 0;
  let previousEnd = 0;
  // The year the sentences before last gave (in this paragraph), which "the same year" takes up.
  let lastYear: string | undefined;
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    if (text.slice(previousEnd, s.start).includes("\n")) (discourse.paragraph(), (lastYear = undefined));
    previousEnd = s.end;
    while (ti < times.length && times[ti]!.start < s.start) ti++;
    const inSentence: TimeMention[] = [];
    for (let j = ti; j < times.length && times[j]!.start < s.end; j++) inSentence.push(times[j]!);
    inSentence.push(...derivedTimes(text, s.start, s.end, inSentence, lastYear));
    inSentence.sort((a, b) => a.start - b.start);
    const dated = inSentence.filter((t) => !t.span && t.text !== "today").at(-1);
    if (dated) lastYear = dated.min.slice(0, 4) === dated.max.slice(0, 4) ? dated.min.slice(0, 4) : undefined;
    const year = inSentence[0]?.min;
    const guessed = new Set<string>();
    // The paragraph before the sentence (at most 1,000 characters), for names the sentence alone does not tell apart.
    const paragraphStart = Math.max(text.lastIndexOf("\n", s.start - 1) + 1, s.start - 1000);
    const before = text.slice(paragraphStart, s.start);
    let ambiguous = false;
    const choose = chooser(store, k, slice, inSentence[0], guessed, before);
    let named: Mention[] = k.gazetteer.find(slice, inSentence.length ? choose : (c, at) => ((ambiguous ||= c.some((x) => k.gazetteer.kinds.get(x) === "state")), choose(c, at)), folded.slice(s.start, s.end));
    // An undated sentence that names a dated agreement or event is set at its date: "he signed the Treaty of Kanagawa
    // with the Chinese government" speaks of the Qing, who were China in 1854.
    const anchor = ambiguous ? datedName(store, k, named) : undefined;
    if (anchor) named = k.gazetteer.find(slice, chooser(store, k, slice, anchor, guessed, before), folded.slice(s.start, s.end));
    // "日ソ国交回復に関する共同宣言": an event named in an agreement's title ("the declaration on …") is the title's
    // subject, not a mention of its own with the sentence's date.
    named = named.filter((m) => m.kind !== "event" || !IN_TITLE_JA.test(slice.slice(m.end, m.end + 24)));
    const found: Mention[] = [...named, ...discourse.resolve(slice, named, year?.slice(0, 4))]
      .sort((a, b) => a.start - b.start)
      .map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start }))
      // "the sixth TICAD": the meeting of that number, in the mentions shown as in the claims.
      .map((m) => numberedMeeting(k, text, m) ?? m);
    for (const m of found) mentions.push({ start: m.start, end: m.end, text: m.text, entity: store.ref(m.entity)!, via: m.via });
    const ctx = sentenceContext(store, k, text, s, found, inSentence, today, triggers);
    // A name several agreements share, picked by a guess, may support a claim (some agreement of that name fits) but
    // never contradicts one.
    const candidates: Candidate[] = [];
    for (const r of RULES) candidates.push(...r.propose(ctx));
    claims.push(...resolve(ctx, candidates).map((c) => (c.verdict === "contradicted" && (guessed.has(c.subject.id) || (!!c.object && guessed.has(c.object.id))) ? guessedName(store, c, guessed.has(c.subject.id) ? c.subject.id : c.object!.id) : c)));
    const restated = restatedAttributes(ctx, claims);
    // What the sentence was found to speak of, named or not, is there for the next one to refer to.
    const spoken = [...ctx.described.map((e) => e.id), ...restated];
    discourse.add([...found.map((m) => ({ entity: m.entity, kind: m.kind, start: m.start })), ...spoken.map((id) => ({ entity: id, kind: k.gazetteer.kinds.get(id)!, start: s.end }))]);
  }
  const slant = findSlant(text);
  const count = (v: Claim["verdict"]) => claims.filter((c) => c.verdict === v).length;
  return {
    release: store.release,
    builtAt: store.builtAt,
    document: { format, bytes: opts.bytes ?? Buffer.byteLength(input), chars: text.length, sentences: sentences.length, ...(format === "html" ? { text } : {}) },
    stats: { mentions: mentions.length, claims: claims.length, supported: count("supported"), contradicted: count("contradicted"), notCheckable: count("not-checkable"), slant: slant.length },
    mentions,
    claims,
    slant,
  };
}

/**
 * A recorded attribute the sentence restates with its number ("12 terms on the Security Council",
 * "US$200 million") or its dated place ("reached Acapulco on 25 January 1614") supports it; one the
 * knowledge base rejects, restated, contradicts it. Shared words alone never support: a sentence that
 * shares the words of "Japan and Russia have not signed a peace treaty" may say the opposite. A
 * sentence that denies anything is left to the relation rules.
 */
function restatedAttributes(ctx: SentenceContext, claims: Claim[]): string[] {
  if (hasNegation(ctx.slice)) return [];
  const restated: string[] = [];
  const seen = new Set<string>();
  const numbers = new Set(numbersOf(ctx.slice));
  // Without a number or a date, a supporting match is dropped below: only contradictions are looked for.
  const rejectedOnly = numbers.size === 0 && ctx.times.length === 0;
  for (const m of matchAttributes(ctx.k, { bag: ctx.bag, numbers, ids: new Set([...ctx.ids, ...ctx.described.map((e) => e.id)]), times: ctx.times, at: ctx.firstAt, rejectedOnly })) {
    if (m.verdict === "supported" && !m.time && m.numbers === 0) continue;
    const key = `${m.row.subject}|${m.row.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The role and value apart, so that the Japanese reason writes each in Japanese where it can.
    const ja = valueJa(m.row);
    const params = { what: m.row.value ?? "", ...(m.row.role ? { role: m.row.role } : {}), ...(ja ? { whatJa: ja } : {}) };
    const why = { code: m.verdict === "supported" ? ("attribute-holds" as const) : ("attribute-rejected" as const), params };
    const reason = bilingual(why, ctx.store);
    claims.push({
      start: ctx.start, end: ctx.end, frame: "attribute", p: "attribute", rule: "attribute", label: { en: "recorded attribute", ja: "記録された属性" },
      subject: ctx.store.ref(m.row.subject)!, object: null,
      time: m.time ? { start: m.time.start, end: m.time.end, text: m.time.text, edtf: m.time.edtf } : null,
      edge: m.time ? "any" : "ever", polarity: "positive", attributedTo: null,
      verdict: m.verdict, expected: m.expected, reason: reason.en, reasonJa: reason.ja,
      evidence: m.used.map((r) => evidenceOf(ctx.store, r)),
    });
    restated.push(m.row.subject);
  }
  return restated;
}

