import type { Predicate } from "../../model/predicates.js";
import type { Candidate } from "../claim.js";
import type { SentenceContext } from "../context.js";
import type { TimeMention } from "../times.js";
import { appositiveDate } from "../context.js";
import { DATED_BY_NAME, END_WORDS } from "../frames.js";
import { WITH_AFTER } from "./parties.js";
import type { Rule } from "./rule.js";

/** The predicates that date each kind: a sentence naming one of them says which date it gives. */
const DATES_OF: Record<string, Predicate[]> = { agreement: ["signed", "in-force"], event: ["occurred"], policy: ["in-effect", "adopted"] };

/**
 * An event, agreement or policy named with a date and no word saying which of its dates it is: the
 * date is its occurrence, signature or time in effect ("the 1978 Treaty of Peace and Friendship", "the
 * Plaza Accord of 1985"); with an end word, an agreement's end of force ("the alliance treaty lapsed
 * in 1923"). A sentence that says "entered into force" leaves the signature alone.
 */
export const datedNameRule: Rule = {
  id: "dated-name",
  doc: "an event, agreement or policy named beside a date",
  propose(ctx) {
    if (!ctx.times.length) return [];
    const out: Candidate[] = [];
    for (const a of ctx.ids) {
      const kind = ctx.k.gazetteer.kinds.get(a);
      const p = kind ? DATED_BY_NAME[kind] : undefined;
      if (!p) continue;
      // "The Korean War armistice was signed in 1952", "the Russo-Japanese War veterans": the name qualifies another
      // noun, and the date is that thing's, not the event's.
      if (kind === "event" && (QUALIFIED.test(ctx.slice.slice(ctx.firstEnd.get(a)! - ctx.start)) || QUALIFIED_JA.test(ctx.slice.slice(ctx.firstEnd.get(a)! - ctx.start)))) continue;
      // "a peace treaty formally ending the Second World War in 1956": the event is what something else ends, and the
      // date is that thing's.
      if (kind === "event" && GOVERNED.test(ctx.slice.slice(Math.max(0, ctx.firstAt.get(a)! - ctx.start - 40), ctx.firstAt.get(a)! - ctx.start))) continue;
      const own = kind === "agreement" ? appositiveDate(ctx, a) : undefined;
      if (own) {
        out.push({ rule: "dated-name", subject: a, object: null, p: "signed", at: ctx.firstAt.get(a)!, time: own });
        continue;
      }
      // An agreement's date must be written with its name ("the 1978 treaty", "the Treaty (1951)"): a date elsewhere
      // in the sentence may be its accession, application or anything else.
      const named = kind === "agreement" ? yearBefore(ctx, a) : undefined;
      // A relation word of its own dates the rest ("The 1902 Anglo-Japanese Alliance lapsed in 1923": the end of force);
      // the year naming it is still its signing.
      if ((DATES_OF[kind!] ?? []).some((q) => ctx.cues.has(q))) {
        // (A year alone right before the name, as English names an agreement: "1945年8月6日,日ソ中立条約を…破棄し" dates the act.)
        const naming = named && /^\d{4}$/.test(named.text) && /^\s$/.test(ctx.slice.slice(named.end - ctx.start, ctx.firstAt.get(a)! - ctx.start));
        if (naming && !ctx.cues.has("signed")) out.push({ rule: "dated-name", subject: a, object: null, p: namingYearOf(ctx, a, named!), at: ctx.firstAt.get(a)!, time: named! });
        continue;
      }
      if (kind === "agreement" && !named) continue;
      // "… was completed with the 1910 Annexation Treaty": the year that names an agreement is its signing, whatever
      // the sentence says ended; an end word speaks of its end of force only with a date of its own after the name
      // ("the 1902 alliance lapsed in 1923").
      if (named) {
        out.push({ rule: "dated-name", subject: a, object: null, p: namingYearOf(ctx, a, named), at: ctx.firstAt.get(a)!, time: named });
        out.push(...namedWith(ctx, a, named));
        const ending = endedAt(ctx, a);
        if (ending) out.push({ rule: "dated-name", subject: a, object: null, p: "in-force", at: ctx.firstAt.get(a)!, time: ending });
        continue;
      }
      // "a few years after the Korean War", "ending with the Pacific War", "Japan's surrender in the Second World War in
      // 1948": the event is the time frame of another act, whose date the sentence gives; that it took place is all.
      const framed = kind === "event" && FRAMED.test(ctx.slice.slice(Math.max(0, ctx.firstAt.get(a)! - ctx.start - 60), ctx.firstAt.get(a)! - ctx.start));
      out.push({ rule: "dated-name", subject: a, object: null, p, at: ctx.firstAt.get(a)!, ...(framed ? { timeless: true } : {}) });
    }
    return out;
  },
};

/**
 * Which date the year naming an agreement is: its signing, unless the year is not the signing's but is the year it
 * entered into force ("the 2015 Japan-Australia Economic Partnership Agreement", signed in 2014, in force from 2015).
 */
function namingYearOf(ctx: SentenceContext, id: string, t: TimeMention): "signed" | "in-force" {
  const year = t.min.slice(0, 4);
  if (t.max.slice(0, 4) !== year) return "signed";
  const rows = (ctx.k.byEnds.get(`${id}|`) ?? []).filter((r) => r.status !== "rejected" && r.s_min);
  const startsIn = (p: string) => rows.some((r) => r.p === p && r.s_min!.slice(0, 4) === year);
  return !startsIn("signed") && rows.some((r) => r.p === "signed") && startsIn("in-force") ? "in-force" : "signed";
}

/** Words before an event's name that make it the time frame of another act (the date is that act's). */
const FRAMED =
  /(?:\b(?:after|before|following|prior to|ending with|in the aftermath of)\s+(?:the\s+)?|\b(?:surrender(?:ed)?|defeat(?:ed)?|victory|role|participation|entry|involvement|neutrality)\b[^.;,]{0,40}?\bin\s+(?:the\s+)?)$/i;
/** A noun an event's name may qualify ("the Korean War armistice", "the war's reparations"). */
/** Words before an event's name that make it what another act ends. */
const GOVERNED = /\b(?:end(?:s|ed|ing)?|to end|conclud(?:e|ed|ing)|terminat(?:e|ed|ing))\s+(?:(?:formally|officially|finally)\s+)?(?:the\s+)?$/i;
/** The same in Japanese: "第5回島サミット成果のフォローアップ…を目的とした中間閣僚会合" (the meeting of 2010, not the summit). */
const QUALIFIED_JA = /^の?(?:成果|準備|記念|以降|以後|関連|フォローアップ|閣僚会合|中間閣僚会合|首脳宣言)/;
const QUALIFIED = /^['’]?s?\s+(?:armistice|ceasefire|cease-fire|treaty|agreement|accord|pact|peace|settlement|memorial|museum|veterans?|anniversary|reparations|refugees|survivors|victims|orphans|era|period|generation|cemetery|monument|commemorations?|negotiations|talks|trials?|tribunal)\b/i;

/**
 * "(Japan's …) the 1876 Treaty of Kanghwa with the Joseon Dynasty": the state named right after "with" signed the
 * bilateral agreement at the year naming it (or, not its party, did not), and so did Japan, named in the sentence
 * and a party to it.
 */
function namedWith(ctx: SentenceContext, id: string, time: TimeMention): Candidate[] {
  const parties = ctx.k.partiesOf.get(id);
  if (parties?.size !== 2) return [];
  const end = ctx.firstEnd.get(id)!;
  const other = ctx.found.find((m) => m.kind === "state" && m.via === "name" && m.start >= end && WITH_AFTER.test(ctx.slice.slice(end - ctx.start, m.start - ctx.start)));
  if (!other) return [];
  const out: Candidate[] = [{ rule: "dated-name", subject: other.entity, object: id, p: "signatory-of", at: other.start, time }];
  if (other.entity !== "japan" && parties.has("japan") && ctx.found.some((m) => m.entity === "japan" && m.via !== "reference")) out.push({ rule: "dated-name", subject: "japan", object: id, p: "signatory-of", at: ctx.firstAt.get("japan")!, time });
  return out;
}

/**
 * The date an agreement's name is said to end at: after the name, with an end word between ("the 1902 alliance
 * lapsed in 1923"), and neither another agreement's name nor a name it dates in between ("… was completed with the
 * 1910 Annexation Treaty" ends nothing of an earlier treaty).
 */
function endedAt(ctx: SentenceContext, id: string): TimeMention | undefined {
  const end = ctx.firstEnd.get(id)!;
  return ctx.times.find((t) => {
    if (t.start < end || !END_WORDS.test(ctx.slice.slice(end - ctx.start, t.start - ctx.start))) return false;
    return !ctx.found.some((m) => (m.kind === "agreement" && m.start >= end && m.start < t.start) || (m.start >= t.end && m.start - t.end <= 2));
  });
}

/**
 * A year written right before a name ("the 1978 Treaty of Peace and Friendship"), or with only the pair of states
 * between ("the 2015 Japan-South Korea “comfort women” agreement").
 */
function yearBefore(ctx: SentenceContext, id: string): TimeMention | undefined {
  const at = ctx.firstAt.get(id)!;
  return ctx.times.find((t) => t.end <= at && (at - t.end <= 2 || pairBetween(ctx, t.end, at)));
}

/** Whether the text between two offsets is states' names joined by dashes ("Japan-South Korea", "U.S.–Japan"), a quotation mark at most after them. */
function pairBetween(ctx: SentenceContext, from: number, to: number): boolean {
  if (to - from > 60) return false;
  let gap = ctx.slice.slice(from - ctx.start, to - ctx.start);
  const states = ctx.found.filter((m) => m.kind === "state" && m.via !== "reference" && m.start >= from && m.end <= to);
  if (states.length < 2) return false;
  for (const m of [...states].reverse()) gap = gap.slice(0, m.start - from) + " ".repeat(m.end - m.start) + gap.slice(m.end - from);
  return /^[\s\-–—/]*[“"‘']?$/u.test(gap);
}
