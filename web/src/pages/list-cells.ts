// The words of a list page's cells where the API gives slugs and ISO dates: a reader sees "29 Sep 1972"
// or 1972年9月29日, "peace treaty" or 平和条約, never "1972-09-29" or "in-force". Pure: no DOM.
import { message, type Lang, type MessageKey } from "../i18n/dict.js";
import { roleWords, type RoleTables } from "../i18n/roles.js";
import { formatDate } from "../time/dates.js";
import { typeWords } from "../entity/words.js";
import { withAside } from "../entity/brackets.js";
import type { AgreementListRow } from "../../../src/model/lists.js";

/**
 * A list cell's date (a day, a month, a year or an interval) as the page's language writes it; null stays empty.
 * @example listDate("en", "1972-09-29") // "29 Sep 1972"
 * @example listDate("ja", "1990-05-24/1990-05-26") // "1990年5月24日〜1990年5月26日"
 */
export function listDate(lang: Lang, date: string | null): string | null {
  return date ? formatDate(lang, date) : null;
}

/**
 * An entity type as words, or the type as given when the vocabulary lacks it (with hyphens as spaces).
 * @example listType("ja", "peace") // "平和条約"
 */
export function listType(lang: Lang, type: string | null): string | null {
  return typeWords(type, lang);
}

/**
 * When and how an agreement ended: the date, then the manner in brackets, in the page's language when
 * the role vocabulary has it (on a Japanese page, the role tables it has loaded).
 * @example listEnded("en", "1899-07-17", "superseded") // "17 Jul 1899 (superseded)"
 * @example listEnded("ja", "1899-07-17", "superseded", ROLE_TABLES) // "1899年7月17日（後継条約により失効）"
 */
export function listEnded(lang: Lang, ended: string | null, how: string | null, tables?: RoleTables): string | null {
  if (!ended) return null;
  const date = formatDate(lang, ended);
  if (!how) return date;
  const words = roleWords(how, lang, { tables }).text;
  return withAside(date, words, lang);
}

const STANDING: Record<string, MessageKey> = {
  "in-force": "entity.agreementState.in-force",
  "not-yet": "entity.agreementState.not-yet",
  ended: "entity.agreementState.ended",
  unknown: "entity.agreementState.unknown",
};

const HOLDS: Record<string, MessageKey> = { yes: "list.holds.yes", no: "list.holds.no", uncertain: "list.holds.uncertain" };
const MEMBERSHIP: Record<string, MessageKey> = { member: "list.role.member", observer: "list.role.observer" };

/**
 * How a state belongs to an organisation on the memberships list: a member (加盟国) or an observer
 * (オブザーバー). Not the role tables' "member", which is a summit's メンバー国.
 * @example listMembershipRole("ja", "observer") // "オブザーバー"
 */
export function listMembershipRole(lang: Lang, role: string): string {
  const key = MEMBERSHIP[role];
  return key ? message(lang, key) : role;
}

/**
 * An agreement's standing (in-force, not-yet, ended, unknown) in words; "in force" that the engine holds
 * uncertain says so, since that is why its row may show an end before the list's date (an end known only
 * to the year: "1945" on 15 August 1945).
 * @example listStanding("ja", "in-force") // "有効"
 * @example listStanding("en", "in-force", false) // "in force (uncertain)"
 */
export function listStanding(lang: Lang, standing: string, certain = true): string {
  const key = STANDING[standing];
  const words = key ? message(lang, key) : standing;
  if (certain || standing !== "in-force") return words;
  const why = message(lang, "status.uncertain");
  return withAside(words, why, lang);
}

/**
 * Whether a membership, an office or a mission holds on the list's date (yes, no, uncertain) in words, or
 * "unknown" (不明) where the row's `holdsKnown` is false: the sources say nothing of that day (a mission
 * Wikidata saw in November 2022, a term no source dates), which "no" would misstate.
 * @example listHolds("ja", "uncertain") // "不確実"
 * @example listHolds("en", "no", false) // "unknown"
 */
export function listHolds(lang: Lang, holds: string, known: boolean = true): string {
  const key = holds === "no" && !known ? "list.holds.unknown" : HOLDS[holds];
  return key ? message(lang, key) : holds;
}

/**
 * What separates the names in a list cell: "Japan; United States", 日本、アメリカ合衆国 (a Japanese page
 * showed "日本; アメリカ合衆国").
 * @example listSeparator("ja") // "、"
 */
export function listSeparator(lang: Lang): string {
  return lang === "ja" ? "、" : "; ";
}

/**
 * A mission's city in the page's language: on a Japanese page, as the role tables write it once loaded
 * (MOFA's katakana, kanji for China, Korea, Taiwan and Japan: キーウ, 港区); otherwise, and where the tables
 * lack it, as the data spells it, marked English so the page can say so; null stays empty.
 * @example listCity("ja", "Kyiv", ROLE_TABLES) // { text: "キーウ", lang: "ja" }
 * @example listCity("ja", "Kyiv") // { text: "Kyiv", lang: "en" }
 */
export function listCity(lang: Lang, city: string | null, tables?: RoleTables): { text: string; lang: Lang } | null {
  if (!city) return null;
  const ja = lang === "ja" ? tables?.proper[city] : undefined;
  return ja ? { text: ja, lang: "ja" } : { text: city, lang: "en" };
}

/**
 * Where a mission row comes from: the curated data, or a dataset named by its importer (the November 2022
 * Wikidata snapshot is `dataset:embassies`), so a reader sees why a row is only "seen" in one month.
 * @example listOrigin("ja", "dataset:embassies") // "データセット（embassies）"
 */
export function listOrigin(lang: Lang, origin: string): string {
  return origin.startsWith("dataset:") ? message(lang, "list.origin.dataset", { name: origin.slice("dataset:".length) }) : message(lang, "list.origin.curated");
}

/**
 * An agreement's parties under the names they went by on the day it was signed, where the row gives one (Siam,
 * シャム, for Thailand in the Declaration of 1887); each still links to the entity it always was.
 * @example partiesThen(siam1887).map((p) => p.name.en) // ["Japan", "Siam"]
 */
export function partiesThen(row: Pick<AgreementListRow, "parties" | "partyNamesThen">): AgreementListRow["parties"] {
  const then = row.partyNamesThen ?? {};
  return row.parties.map((p) => {
    const name = Object.hasOwn(then, p.id) ? then[p.id]! : null;
    return name ? { ...p, name: { en: name.en, ja: name.ja ?? p.name.ja } } : p;
  });
}
