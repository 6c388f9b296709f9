import type { CheckClaim, CheckResult } from "../api/types.js";
import type { Lang, MessageKey } from "../i18n/dict.js";
import { PREDICATES, type PredicateDef } from "../../../src/model/predicates.js";
import { formatDate } from "../time/dates.js";

/**
 * A checked claim in a reader's words, in the page's language: its relation from the model's labels,
 * its date as that language writes dates (and which part of the recorded time it speaks of), whether
 * the text asserts or denies it, and the words for an evidence statement's standing. Pure: the page
 * never shows a predicate id, an EDTF string or a status word such as "accepted".
 */

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The relation a claim speaks of: the API's label, else the model's (every predicate has both).
 * @example relationWords({ p: "party-to" }, "ja") // "締約国"
 */
export function relationWords(claim: Pick<CheckClaim, "p"> & { label?: CheckClaim["label"] }, lang: Lang): string {
  return claim.label?.[lang] ?? PREDICATES[claim.p][lang];
}

/**
 * The claim's two entities in the order the sentence names them, for a relation that reads the same both ways:
 * "Japan and China did not establish diplomatic relations" read as "China → diplomatic relations → Japan", the
 * checker's own order. Other relations keep subject and object.
 * @example pairInTextOrder({ p: "diplomatic-relations", start: 0, end: 30, subject: china, object: japan }, mentions) // [japan, china]
 */
export function pairInTextOrder<R extends { id: string }>(
  claim: { p: CheckClaim["p"]; start: number; end: number; subject: R; object: R | null },
  mentions: readonly Pick<CheckResult["mentions"][number], "start" | "entity">[],
): [R, R | null] {
  const { subject, object } = claim;
  if (!object || !(PREDICATES[claim.p] as PredicateDef).symmetric) return [subject, object];
  const first = (id: string) => Math.min(...mentions.filter((m) => m.entity.id === id && m.start >= claim.start && m.start < claim.end).map((m) => m.start));
  return first(object.id) < first(subject.id) ? [object, subject] : [subject, object];
}

/** One EDTF date or interval: a single day, month or year; or "a/b" with ".." an open end (today). */
const EDTF = /^(?:-?\d{4}(?:-\d{2}){0,2}[~?%]?|\.\.)?(?:\/(?:-?\d{4}(?:-\d{2}){0,2}[~?%]?|\.\.)?)?$/;

/**
 * An EDTF date or interval as the page's language writes it, an open end read as today (as the
 * checker's reasons read it): "1972年9月29日〜現在", "29 Sep 1972 – today".
 * @example spanWords("ja", "1972-09-29/..") // "1972年9月29日〜現在"
 */
export function spanWords(lang: Lang, edtf: string): string {
  if (!edtf.includes("/")) return formatDate(lang, edtf);
  const [a = "", b = ""] = edtf.split("/");
  const from = a === "" || a === ".." ? (lang === "ja" ? "不明" : "?") : formatDate(lang, a);
  const to = b === ".." ? (lang === "ja" ? "現在" : "today") : b === "" ? (lang === "ja" ? "終了時期不明" : "end unknown") : formatDate(lang, b);
  return lang === "ja" ? `${from}〜${to}` : `${from} – ${to}`;
}

/**
 * When the claim says it held, with the part of the recorded time its date speaks of (`edge`):
 * "from 29 Sep 1972", "1972年9月29日から", "in 1972", "today", "no date given".
 * @example claimWhen({ time: { edtf: "1972-09-29" }, edge: "start" }, "ja", t) // "1972年9月29日から"
 */
export function claimWhen(claim: { time: { edtf: string } | null; edge?: CheckClaim["edge"] }, lang: Lang, t: T): string {
  if (!claim.time) return t(claim.edge === "today" ? "check.when.today" : "check.when.ever");
  const date = spanWords(lang, claim.time.edtf);
  if (claim.edge === "start") return t("check.when.start", { date });
  if (claim.edge === "end") return t("check.when.end", { date });
  if (claim.edge === "span" || claim.time.edtf.includes("/")) return date;
  return t(/^-?\d{4}-\d{2}-\d{2}/.test(claim.time.edtf) ? "check.when.on" : "check.when.in", { date });
}

/**
 * Whether the text asserts the claim or denies it; a claim read without a polarity is asserted.
 * @example polarityOf({}) // "positive"
 */
export function polarityOf(claim: { polarity?: CheckClaim["polarity"] }): "positive" | "negative" {
  return claim.polarity ?? "positive";
}

/**
 * Whether the text asserts or denies the claim, in the page's language, and, for a claim it reports as another's
 * ("China claims that …"), whose: "the text asserts this" beside "reported as the view of China" had read as the
 * text's own assertion.
 * @example polarityWords({ polarity: "positive" }, "China", t) // "the text reports China as asserting this, without saying so itself"
 */
export function polarityWords(claim: { polarity?: CheckClaim["polarity"] }, reportedBy: string | null, t: T): string {
  const polarity = polarityOf(claim);
  return reportedBy ? t(`check.polarity.reported.${polarity}`, { who: reportedBy }) : t(`check.polarity.${polarity}`);
}

/**
 * What the knowledge base holds instead, for a contradicted claim, in the page's language: dates
 * written as the language writes them; anything else (names, notes: the API gives them in English)
 * only on the English page, the Japanese reason saying it in Japanese.
 * @example expectedWords("1978-08-12", "ja") // "1978年8月12日"
 * @example expectedWords("United States, China", "ja") // null
 */
export function expectedWords(expected: string | null, lang: Lang): string | null {
  if (!expected) return null;
  const parts = expected.split(", ");
  if (parts.every((p) => p !== "" && EDTF.test(p))) return parts.map((p) => spanWords(lang, p)).join(lang === "ja" ? "、" : ", ");
  return lang === "ja" ? null : expected;
}

/** The words for an evidence statement's standing in the knowledge base (never the status word itself). */
export const RECORD_WORDS: Record<CheckClaim["evidence"][number]["status"], MessageKey> = {
  accepted: "check.record.accepted",
  contested: "check.record.contested",
  rejected: "check.record.rejected",
};

/** English nouns of the summary line that take no "s" after a count of one. */
const ONE: readonly [RegExp, string][] = [
  [/(^|[^\d.,])1 claims\b/, "$11 claim"],
  [/(^|[^\d.,])1 mentions\b/, "$11 mention"],
  [/(^|[^\d.,])1 slant notes\b/, "$11 slant note"],
];

/**
 * The line above a checked text's report: how many claims, verdicts, mentions and slant notes. A count
 * of one takes the singular in English (a one-sentence check read "1 claims … 1 mentions").
 * @example checkSummary({ claims: 1, supported: 1, contradicted: 0, notCheckable: 0, mentions: 1, slant: 0 }, "en", t) // "1 claim: 1 supported, 0 contradicted, 0 not checkable · 1 mention · 0 slant notes"
 */
export function checkSummary(stats: CheckResult["stats"], lang: Lang, t: T): string {
  const line = t("check.summary", { ...stats });
  return lang === "en" ? ONE.reduce((out, [one, word]) => out.replace(one, word), line) : line;
}

/**
 * For each claim in reading order, the number of the first claim read from the same words of the text, when an
 * earlier one was (null for the first): a sentence making three claims ("Japan and China signed the treaty on …")
 * is quoted once, not three times over a phone's screen.
 * @example sameWordsAs([{ start: 0, end: 9 }, { start: 0, end: 9 }, { start: 10, end: 20 }]) // [null, 1, null]
 */
export function sameWordsAs(claims: readonly Pick<CheckClaim, "start" | "end">[]): (number | null)[] {
  const first = new Map<string, number>();
  return claims.map((c, i) => {
    const key = `${c.start}:${c.end}`;
    const n = first.get(key);
    if (n === undefined) first.set(key, i + 1);
    return n ?? null;
  });
}

/**
 * The spoken name of a claim's marker in the text: its number, its verdict and, for a denial, that the text denies
 * it (a marker shows only "✗ 4", and a screen reader read a denial as an assertion's verdict).
 * @example tagLabel({ verdict: "contradicted", polarity: "negative" }, 4, "en", t) // "Claim 4: Contradicted (the text denies this)"
 */
export function tagLabel(claim: Pick<CheckClaim, "verdict"> & { polarity?: CheckClaim["polarity"] }, n: number, lang: Lang, t: T): string {
  const ja = lang === "ja";
  const label = `${t("check.claimAt", { n })}${ja ? "：" : ": "}${t(`check.verdict.${claim.verdict}`)}`;
  if (polarityOf(claim) !== "negative") return label;
  const denied = t("check.polarity.negative");
  return ja ? `${label}（${denied}）` : `${label} (${denied})`;
}
