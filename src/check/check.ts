import type { Predicate } from "../model/predicates.js";
import type { CheckResult } from "../model/results.js";
import type { Store } from "../kb/store.js";
import { matchAttributes } from "./attributes.js";
import { Discourse } from "./discourse.js";
import { describedEvents } from "./events.js";
import { DATED_BY_NAME, END_WORDS, FRAME_OF, GENERIC_AGREEMENTS, LINKS, START_WORDS, TRIGGERS } from "./frames.js";
import { fold } from "./fold.js";
import type { Mention } from "./gazetteer.js";
import { htmlToText, type InputFormat } from "./input.js";
import { knowledge, METONYMS, numbersOf, type Knowledge } from "./knowledge.js";
import { splitSentences } from "./sentences.js";
import { findSlant } from "./slant.js";
import { findTimes, type TimeMention } from "./times.js";
import { decide, type Edge, eventAnchor, fits, nearest } from "./verdict.js";
import { WordBag, wordsOf } from "./words.js";

type Claim = CheckResult["claims"][number];

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
  /** Byte size of the input, for the document stats. */
  bytes?: number;
}

/**
 * Checks a text: links mentions, finds dates, reads claim frames sentence by sentence, decides each
 * against the knowledge base, and reports slanted wording apart.
 *
 * @example check(store, "Japan and China signed a peace treaty in 1972.").claims[0]?.verdict // "contradicted"
 */
export function check(store: Store, input: string, opts: CheckOptions = {}): CheckResult {
  const format = opts.format ?? "text";
  const text = format === "html" ? htmlToText(input) : input;
  const k = knowledge(store);
  const sentences = splitSentences(text);
  // Folding keeps every offset and turns full-width digits into digits (１９７８年 → 1978年).
  const times = findTimes(fold(text)).map((t) => ({ ...t, text: text.slice(t.start, t.end) }));
  const claims: Claim[] = [];
  const mentions: CheckResult["mentions"] = [];
  const linkClaims: Claim[] = [];
  const attributeClaims: Claim[] = [];
  const discourse = new Discourse(k);
  let ti = 0;
  let previousEnd = 0;
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    if (text.slice(previousEnd, s.start).includes("\n")) discourse.paragraph();
    previousEnd = s.end;
    while (ti < times.length && times[ti]!.start < s.start) ti++;
    const inSentence: TimeMention[] = [];
    for (let j = ti; j < times.length && times[j]!.start < s.end; j++) inSentence.push(times[j]!);
    const year = inSentence[0]?.min;
    // Between entities sharing a name, prefer one that existed at the sentence's date, then the most prominent.
    const choose = (candidates: string[]) => {
      const alive = year ? candidates.filter((c) => (k.exists.get(c) ?? []).every((e) => !e.s_min || (e.s_min <= year && (e.e_open || !e.e_max || year < e.e_max)))) : candidates;
      const pool = alive.length ? alive : candidates;
      return pool.sort((a, b) => (k.gazetteer.prominence.get(b) ?? 0) - (k.gazetteer.prominence.get(a) ?? 0))[0]!;
    };
    const named: Mention[] = k.gazetteer.find(slice, choose);
    const found: Mention[] = [...named, ...discourse.resolve(slice, named, year?.slice(0, 4))]
      .sort((a, b) => a.start - b.start)
      .map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start }));
    for (const m of found) mentions.push({ start: m.start, end: m.end, text: m.text, entity: store.ref(m.entity)!, via: m.via });
    // A capital named as an actor stands for its state ("Tokyo's diplomacy", "Beijing protested"),
    // and a dispute named stands also for the places it concerns ("the Kuril dispute" → the islands).
    for (const m of [...found]) {
      const state = METONYMS[m.entity];
      if (state && k.gazetteer.kinds.has(state)) found.push({ ...m, entity: state, kind: "state" });
      if (m.kind === "dispute") {
        for (const place of k.disputePlaces.get(m.entity) ?? []) found.push({ ...m, entity: place, kind: "place" });
      }
    }
    const bag = new WordBag(wordsOf(slice));
    // Events described rather than named take part as if named, at the sentence's start.
    const described = describedEvents(k, bag, new Set(found.map((m) => m.entity)), inSentence);
    const ids = [...new Set(found.map((m) => m.entity))];
    const firstAt = new Map<string, number>();
    const firstEnd = new Map<string, number>();
    for (const m of found) if (!firstAt.has(m.entity)) (firstAt.set(m.entity, m.start), firstEnd.set(m.entity, m.end));
    const triggered = new Set((Object.entries(TRIGGERS) as [Predicate, RegExp][]).filter(([, re]) => re.test(slice)).map(([p]) => p));
    const direct = new Set(found.filter((m) => m.via !== "reference").map((m) => m.entity));
    const referenced = new Set(found.filter((m) => m.via === "reference" && !direct.has(m.entity)).map((m) => m.entity));
    const seen = new Set<string>();
    const decidedPairs = new Set<string>();
    const anchor = eventAnchor(k, found, slice, s.start);
    // Each date belongs to the dated entity (event, agreement or policy) named closest to it, if any.
    const datedMentions = found.filter((m) => m.kind === "event" || m.kind === "agreement" || m.kind === "policy");
    const owner = (t: TimeMention) => datedMentions.reduce<Mention | undefined>((best, m) => (!best || Math.abs(m.start - t.start) < Math.abs(best.start - t.start) ? m : best), undefined)?.entity;
    const push = (subject: string, object: string | null, p: Predicate, time: TimeMention | undefined, d: ReturnType<typeof decide>, to: Claim[] = claims) =>
      to.push({
        start: s.start, end: s.end, frame: FRAME_OF[p] ?? "other", p,
        subject: store.ref(subject)!, object: object ? store.ref(object) : null,
        time: time ? { start: time.start, end: time.end, text: time.text, edtf: time.edtf } : null,
        verdict: d.verdict, expected: d.expected, reason: d.reason,
        evidence: d.used.map((r) => ({ statement: r.id, time: r.time, status: r.status, note: r.note, sources: store.view(r).sources })),
      });
    /** Decides a claim about (a, b, p) unless one was decided already; `supportOnly` keeps it only when supported. */
    const consider = (a: string, b: string | null, p: Predicate, at: number, given?: TimeMention, supportOnly = false) => {
      // What the sentence only refers to ("the relationship", "It") may have been resolved wrongly: such
      // a claim can support, never contradict.
      if (referenced.has(a) || (b && referenced.has(b))) supportOnly = true;
      const rows = (k.byEnds.get(`${a}|${b ?? ""}`) ?? []).filter((r) => r.p === p);
      if (!rows.length) return;
      const key = `${[a, b].sort().join("|")}|${p}`;
      if (seen.has(key)) return;
      const dated = ["event", "agreement", "policy"].includes(k.gazetteer.kinds.get(a) ?? "");
      // A date owned by another named event or agreement is not this claim's date, except for a
      // relation said to begin with it ("the 1960 treaty created the alliance").
      const startWords = START_WORDS[p]?.test(slice) ?? false;
      const own = inSentence.filter((t) => !datedMentions.length || (dated ? owner(t) === a : startWords || !datedMentions.some((m) => m.entity !== a && m.entity !== b && owner(t) === m.entity)));
      // Without a date of its own, a sentence set "during the Cold War" takes the named event's dates.
      const time = given ?? nearest(own, at) ?? anchor;
      // A date before either party existed means the sentence speaks of a predecessor (the USSR, not Russia).
      if (time && [a, b].some((e) => e && (k.exists.get(e) ?? []).length > 0 && (k.exists.get(e) ?? []).every((x) => x.s_min && time.max < x.s_min))) return;
      const d = decide(rows, time, edgeOf(startWords, slice, time, s.start, dated ? firstEnd.get(a) : undefined, inSentence));
      if (supportOnly && d.verdict !== "supported") return;
      seen.add(key);
      if (b) decidedPairs.add([a, b].sort().join("|"));
      push(rows[0]!.subject, rows[0]!.object, p, time, d);
    };
    // "Japan and China signed a peace treaty in 1978": the agreements of that type between those states.
    // In a text about Japan's relations, "a treaty with China" is Japan's treaty with China.
    const actors = ids.filter((id) => k.gazetteer.kinds.get(id) === "state" || k.gazetteer.kinds.get(id) === "organization");
    const states = actors.length === 1 && actors[0] !== "japan" && /\bwith\b|との/.test(slice) ? ["japan", ...actors] : actors;
    if (states.length >= 2 && triggered.has("signed")) {
      for (const g of GENERIC_AGREEMENTS) {
        const m = g.re.exec(slice);
        if (!m) continue;
        const candidates = k.agreements.filter((a) => a.type && g.types.includes(a.type) && states.filter((st) => a.parties.has(st)).length >= 2);
        if (candidates.length === 0) continue;
        const time = nearest(inSentence, s.start + m.index);
        const signed = candidates.flatMap((a) => (k.byEnds.get(`${a.id}|`) ?? []).filter((r) => r.p === "signed"));
        const fitting = time ? signed.filter((r) => r.status !== "rejected" && fits(r, time, "any")) : [];
        const pick = fitting[0]?.subject ?? (candidates.length === 1 ? candidates[0]!.id : undefined);
        if (pick) consider(pick, null, "signed", s.start + m.index, time);
        // Undated: "Japan has concluded EPAs with Singapore, Mexico …" — Japan's one such agreement with each partner.
        else if (!time && states.includes("japan")) {
          for (const partner of states.filter((st) => st !== "japan")) {
            const both = candidates.filter((a) => a.parties.has("japan") && a.parties.has(partner));
            // Among several (a bilateral EPA, AJCEP, RCEP …), the one between the two alone.
            const pair = both.length === 1 ? both : both.filter((a) => a.parties.size === 2);
            if (pair.length === 1) consider("japan", pair[0]!.id, "party-to", s.start + m.index);
          }
        }
      }
    }
    for (const e of described) consider(e.id, null, "occurred", e.time?.start ?? s.start, e.time);
    const all = [...ids, ...described.map((e) => e.id)];
    // A territorial dispute between two states named: the places both claim, or one claims and the other holds.
    if (triggered.has("claims") && states.length >= 2) {
      for (const a of states) for (const b of states) {
        if (a >= b) continue;
        for (const place of disputedBetween(k, a, b)) {
          consider(a, place, "claims", s.start, undefined, true);
          consider(b, place, "claims", s.start, undefined, true);
        }
      }
    }
    for (let x = 0; x < ids.length; x++) {
      const a = ids[x]!;
      const at = firstAt.get(a)!;
      const kind = k.gazetteer.kinds.get(a);
      const dated = kind ? DATED_BY_NAME[kind] : undefined;
      if (dated && inSentence.length) consider(a, null, dated, at);
      for (const p of triggered) {
        if (p === "signed" || p === "in-force" || p === "occurred" || p === "founded" || p === "adopted" || p === "in-effect") consider(a, null, p, at);
        for (let y = 0; y < ids.length; y++) if (y !== x) consider(a, ids[y]!, p, Math.max(at, firstAt.get(ids[y]!)!));
      }
      // A person with a title ("Prime Minister Hatoyama", not "former Prime Minister …") is said to hold
      // that office at the sentence's date; a person merely named beside a date ("Toshiki Kaifu's 1991
      // tour") is only checked for a term that fits it.
      if (kind === "person" && inSentence.length) {
        const before = slice.slice(Math.max(0, at - s.start - 40), at - s.start);
        const titled = TITLED.test(before) && !/\b(former|ex-|late|then-?|future)\b/i.test(before);
        for (const office of new Set((k.offices.get(a) ?? []).map((r) => r.object!))) consider(a, office, "holds-office", at, undefined, !titled);
      }
    }
    // A recorded attribute the sentence restates ("12 terms on the Security Council", "US$200 million"),
    // or restates as the knowledge base records it was wrongly claimed.
    const numbers = new Set(numbersOf(slice));
    const restated: string[] = [];
    for (const m of matchAttributes(k, { bag, numbers, ids: new Set(all), times: inSentence, at: firstAt })) {
      const key = `${m.row.subject}||attribute|${m.row.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const what = `${m.row.role ?? "it"}: ${m.row.value ?? ""}`;
      const reason = m.verdict === "supported" ? `the knowledge base records ${what}` : `the knowledge base records "${m.row.value}" as a claim that better sources contradict`;
      push(m.row.subject, null, "attribute", m.time, { verdict: m.verdict, expected: m.expected, reason, used: m.used }, attributeClaims);
      restated.push(m.row.subject);
    }
    // Pairs the knowledge base links although the sentence names no relation (see LINKS).
    for (let x = 0; x < all.length; x++) {
      for (let y = 0; y < all.length; y++) {
        if (x === y) continue;
        // Two places named together are also linked by one lying in the other ("Ishinomaki, Miyagi Prefecture").
        const places = k.gazetteer.kinds.get(all[x]!) === "place" && k.gazetteer.kinds.get(all[y]!) === "place";
        const rows = (k.byEnds.get(`${all[x]}|${all[y]}`) ?? []).filter((r) => (LINKS.includes(r.p) || (places && r.p === "located-in")) && r.status !== "rejected" && r.subject === all[x]);
        // A relation the sentence names (decided above, with its date) takes precedence over a mere link.
        if (!rows.length || decidedPairs.has([all[x], all[y]].sort().join("|"))) continue;
        const p = rows[0]!.p;
        const key = `${[all[x], all[y]].sort().join("|")}|${p}|link`;
        if (seen.has(key)) continue;
        seen.add(key);
        push(all[x]!, all[y]!, p, undefined, { verdict: "supported", expected: null, reason: `the knowledge base links them (${p})`, used: rows }, linkClaims);
      }
    }
    // What the sentence was found to speak of, named or not, is there for the next one to refer to.
    const spoken = [...described.map((e) => e.id), ...restated];
    discourse.add([...found.map((m) => ({ entity: m.entity, kind: m.kind, start: m.start })), ...spoken.map((id) => ({ entity: id, kind: k.gazetteer.kinds.get(id)!, start: s.end }))]);
  }
  // Link claims come last so that a relation the sentence does name is decided first.
  const pairKey = (c: Claim) => `${c.start}|${[c.subject.id, c.object?.id].sort().join()}`;
  const decided = new Set(claims.map(pairKey));
  // One by one: spreading tens of thousands of claims into push() would overflow the call stack.
  for (const l of linkClaims) if (!decided.has(pairKey(l))) claims.push(l);
  for (const a of attributeClaims) claims.push(a);
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

const END_WORDS_ALL = new RegExp(END_WORDS.source, "gi");

/** A title written right before a person's name. */
const TITLED = /\b(?:Prime Minister|Premier|President|Chancellor|Foreign Minister|Secretary[- ]General|Secretary of State|Emperor)\s+$/;

/**
 * Which part of a statement's time the sentence's date speaks of: the start after words such as
 * "joined" or "established"; the end after "ended" or "until" written near the date (and nearer it
 * than any other date of the sentence); the whole span
 * for a range written right after the name it dates ("the Cold War (1947–1991)"); else any day in it.
 */
function edgeOf(startWords: boolean, slice: string, time: TimeMention | undefined, offset: number, nameEnd: number | undefined, times: TimeMention[]): Edge {
  if (!time) return "any";
  if (startWords) return "start";
  if (time.bounds && nameEnd !== undefined && /^[\s,(]{0,3}$/.test(slice.slice(nameEnd - offset, time.start - offset))) return "span";
  // An end word belongs to the date written closest to it ("from 1952 until the present day": the present).
  if (!time.span) {
    for (const m of slice.matchAll(END_WORDS_ALL)) {
      const at = offset + m.index;
      const closest: TimeMention = times.reduce((b, t) => (Math.abs(t.start - at) < Math.abs(b.start - at) ? t : b), time);
      if (closest === time && Math.abs(time.start - at) <= 60) return "end";
    }
  }
  return "any";
}

/** Places that both states claim, or that one claims and the other administers or occupies. */
function disputedBetween(k: Knowledge, a: string, b: string): string[] {
  const none = new Set<string>();
  const [ca, cb, ha, hb] = [k.claimed.get(a) ?? none, k.claimed.get(b) ?? none, k.held.get(a) ?? none, k.held.get(b) ?? none];
  return [...new Set([...ca].filter((x) => cb.has(x) || hb.has(x)).concat([...cb].filter((x) => ha.has(x))))];
}
