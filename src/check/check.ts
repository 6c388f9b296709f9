import type { Predicate } from "../model/predicates.js";
import type { CheckResult } from "../model/results.js";
import type { Store } from "../kb/store.js";
import { DATED_BY_NAME, FRAME_OF, GENERIC_AGREEMENTS, LINKS, START_WORDS, TRIGGERS } from "./frames.js";
import { fold } from "./fold.js";
import type { Mention } from "./gazetteer.js";
import { htmlToText, type InputFormat } from "./input.js";
import { GENERIC_WORDS, knowledge, METONYMS, wordsOf } from "./knowledge.js";
import { splitSentences } from "./sentences.js";
import { findSlant } from "./slant.js";
import { findTimes, type TimeMention } from "./times.js";
import { decide, eventAnchor, fits, nearest } from "./verdict.js";

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
  const linkAttributes: Claim[] = [];
  let ti = 0;
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
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
    const found: Mention[] = k.gazetteer.find(slice, choose).map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start }));
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
    const ids = [...new Set(found.map((m) => m.entity))];
    const triggered = new Set((Object.entries(TRIGGERS) as [Predicate, RegExp][]).filter(([, re]) => re.test(slice)).map(([p]) => p));
    const seen = new Set<string>();
    const anchor = eventAnchor(k, found, slice, s.start);
    // Each date belongs to the dated entity (event or agreement) named closest to it, if any.
    const datedMentions = found.filter((m) => m.kind === "event" || m.kind === "agreement");
    const owner = (t: TimeMention) => datedMentions.reduce<Mention | undefined>((best, m) => (!best || Math.abs(m.start - t.start) < Math.abs(best.start - t.start) ? m : best), undefined)?.entity;
    const consider = (a: string, b: string | null, p: Predicate, at: number, given?: TimeMention) => {
      const rows = (k.byEnds.get(`${a}|${b ?? ""}`) ?? []).filter((r) => r.p === p);
      if (!rows.length) return;
      const key = `${[a, b].sort().join("|")}|${p}`;
      if (seen.has(key)) return;
      seen.add(key);
      const dated = k.gazetteer.kinds.get(a) === "event" || k.gazetteer.kinds.get(a) === "agreement";
      // A date owned by another named event or agreement is not this claim's date.
      const own = inSentence.filter((t) => !datedMentions.length || (dated ? owner(t) === a : !datedMentions.some((m) => m.entity !== a && m.entity !== b && owner(t) === m.entity)));
      // Without a date of its own, a sentence set "during the Cold War" takes the named event's dates.
      const time = given ?? nearest(own, at) ?? anchor;
      // A date before either party existed means the sentence speaks of a predecessor (the USSR, not Russia).
      if (time && [a, b].some((e) => e && (k.exists.get(e) ?? []).length > 0 && (k.exists.get(e) ?? []).every((x) => x.s_min && time.max < x.s_min))) return;
      const d = decide(rows, time, START_WORDS[p]?.test(slice) ?? false);
      const subject = rows[0]!.subject;
      const object = rows[0]!.object;
      claims.push({
        start: s.start, end: s.end, frame: FRAME_OF[p] ?? "other", p,
        subject: store.ref(subject)!, object: object ? store.ref(object) : null,
        time: time ? { start: time.start, end: time.end, text: time.text, edtf: time.edtf } : null,
        verdict: d.verdict, expected: d.expected, reason: d.reason,
        evidence: d.used.map((r) => ({ statement: r.id, time: r.time, status: r.status, note: r.note, sources: store.view(r).sources })),
      });
    };
    // "Japan and China signed a peace treaty in 1978": the agreements of that type between those states.
    // In a text about Japan's relations, "a treaty with China" is Japan's treaty with China.
    const named = ids.filter((id) => k.gazetteer.kinds.get(id) === "state");
    const states = named.length === 1 && named[0] !== "japan" && /\bwith\b|との/.test(slice) ? ["japan", ...named] : named;
    if (states.length >= 2 && triggered.has("signed")) {
      for (const g of GENERIC_AGREEMENTS) {
        const m = g.re.exec(slice);
        if (!m) continue;
        const candidates = k.agreements.filter((a) => a.type && g.types.includes(a.type) && states.filter((st) => a.parties.has(st)).length >= 2);
        if (candidates.length === 0) continue;
        const time = nearest(inSentence, s.start + m.index);
        const signed = candidates.flatMap((a) => (k.byEnds.get(`${a.id}|`) ?? []).filter((r) => r.p === "signed"));
        const fitting = time ? signed.filter((r) => r.status !== "rejected" && fits(r, time, false)) : [];
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
    // "North Korea launched missiles in July 2006": an event not named but described, by its
    // participants and the distinctive words of its name, on a date that fits. Only ever supports.
    if (inSentence.length && !found.some((m) => m.kind === "event")) {
      const words = wordsOf(slice);
      for (const e of k.events) {
        if (![...e.participants].some((p) => ids.includes(p))) continue;
        const shared = [...e.words].filter((w) => words.has(w));
        // Two distinctive words, or one when a person who took part is named too (Hu Jintao's visit).
        const person = [...e.participants].some((p) => ids.includes(p) && k.gazetteer.kinds.get(p) === "person");
        if (shared.length === 0 || (shared.length < Math.min(2, e.words.size) && !person)) continue;
        const time = inSentence.find((t) => e.occurred.some((r) => fits(r, t, false)));
        if (time) consider(e.id, null, "occurred", time.start, time);
      }
    }
    // A recorded attribute the sentence restates ("12 terms on the Security Council", "US$200 million"):
    // matched by the numbers and distinctive words of its value. Only ever supports.
    const sentenceWords = wordsOf(slice);
    const numbers = new Set(slice.match(/\d[\d,.]*/g)?.map((n) => n.replace(/[,.]$/, "").replace(/,/g, "")) ?? []);
    for (const id of ids) {
      for (const r of (k.byEnds.get(`${id}|`) ?? []).filter((x) => x.p === "attribute" && x.status !== "rejected")) {
        const text = `${r.role ?? ""} ${r.value ?? ""}`;
        const nums = (text.match(/\d[\d,.]*/g) ?? []).map((n) => n.replace(/[,.]$/, "").replace(/,/g, "")).filter((n) => !/^(19|20)\d\d$/.test(n) && numbers.has(n));
        const words = [...wordsOf(text)].filter((w) => sentenceWords.has(w) && !GENERIC_WORDS.has(w));
        if (!((nums.length >= 1 && words.length >= 3) || words.length >= 4)) continue;
        const key = `${id}||attribute|${r.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        linkAttributes.push({ start: s.start, end: s.end, frame: "attribute", p: "attribute", subject: store.ref(id)!, object: null, time: null, verdict: "supported", expected: null,
          reason: `the knowledge base records ${r.role ?? "it"}: ${r.value ?? ""}`, evidence: [{ statement: r.id, time: r.time, status: r.status, note: r.note, sources: store.view(r).sources }] });
      }
    }

    for (let x = 0; x < ids.length; x++) {
      const a = ids[x]!;
      const at = found.find((m) => m.entity === a)!.start;
      const kind = k.gazetteer.kinds.get(a);
      const dated = kind ? DATED_BY_NAME[kind] : undefined;
      if (dated && inSentence.length) consider(a, null, dated, at);
      for (const p of triggered) {
        if (p === "signed" || p === "in-force" || p === "occurred" || p === "founded" || p === "adopted") consider(a, null, p, at);
        for (let y = 0; y < ids.length; y++) if (y !== x) consider(a, ids[y]!, p, Math.max(at, found.find((m) => m.entity === ids[y])!.start));
      }
    }
    // Pairs the knowledge base links although the sentence names no relation (see LINKS).
    for (let x = 0; x < ids.length; x++) {
      for (let y = 0; y < ids.length; y++) {
        if (x === y) continue;
        const rows = (k.byEnds.get(`${ids[x]}|${ids[y]}`) ?? []).filter((r) => LINKS.includes(r.p) && r.status !== "rejected" && r.subject === ids[x]);
        // A relation the sentence names (decided above, with its date) takes precedence over a mere link.
        if (!rows.length || [...seen].some((key) => key.startsWith(`${[ids[x], ids[y]].sort().join("|")}|`))) continue;
        const p = rows[0]!.p;
        const key = `${[ids[x], ids[y]].sort().join("|")}|${p}|link`;
        if (seen.has(key)) continue;
        seen.add(key);
        linkClaims.push({ start: s.start, end: s.end, frame: FRAME_OF[p] ?? "link", p, subject: store.ref(ids[x]!)!, object: store.ref(ids[y]!)!, time: null, verdict: "supported", expected: null,
          reason: `the knowledge base links them (${p})`, evidence: rows.map((r) => ({ statement: r.id, time: r.time, status: r.status, note: r.note, sources: store.view(r).sources })) });
      }
    }
  }
  // Link claims come last so that a relation the sentence does name is decided first.
  claims.push(...linkClaims.filter((l) => !claims.some((c) => c.start === l.start && [c.subject.id, c.object?.id].sort().join() === [l.subject.id, l.object?.id].sort().join())));
  claims.push(...linkAttributes);
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
