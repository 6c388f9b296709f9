// The Type filters of the offices, disputes and memberships lists as choices in the page's language (they were
// boxes asking for English slugs, "英語で入力：prime-minister（首相）…", where the agreements, events and missions
// lists had a choice: issue 15), built by the same typeOptions.
import type { Entity } from "../../../src/model/entity.js";
import type { Lang } from "../i18n/dict.js";
import { typeOptions } from "./type-options.js";

/**
 * The offices the data gives as a role slug (the rest are written out, "Supreme Commander for the Allied
 * Powers", and are not a type to choose), with their words in both languages. The API matches the role as written.
 */
const OFFICES: Record<string, [en: string, ja: string]> = {
  "prime-minister": ["Prime Minister", "首相"],
  "foreign-minister": ["Foreign Minister", "外務大臣"],
  "foreign-lord": ["Foreign Lord", "外務卿"],
  "defense-minister": ["Defence Minister", "防衛大臣"],
  president: ["President", "大統領・国家主席・総統"],
  premier: ["Premier", "国務院総理"],
  "effective-leader": ["effective leader", "実質的指導者"],
  leader: ["leader", "指導者"],
  emperor: ["Emperor", "天皇"],
  "chief-cabinet-secretary": ["Chief Cabinet Secretary", "内閣官房長官"],
  "deputy-prime-minister": ["Deputy Prime Minister", "副総理"],
  "acting-prime-minister": ["acting Prime Minister", "首相臨時代理"],
  "acting-president": ["acting President", "大統領権限代行"],
  "vice-premier": ["Vice-Premier", "副首相"],
  "minister-of-economy-trade-and-industry": ["Minister of Economy, Trade and Industry", "経済産業大臣"],
  "ambassador-to-the-united-states": ["Ambassador to the United States", "駐米大使"],
  "ambassador-to-china": ["Ambassador to China", "駐中国大使"],
  "secretary-of-state": ["Secretary of State", "国務長官"],
  "under-secretary-of-state": ["Under Secretary of State", "国務次官"],
};

type DisputeType = Extract<Entity, { kind: "dispute" }>["type"];

/** Every dispute type of src/model/entity.ts with its words (this fails to compile when a type is added or removed there). */
const DISPUTES = {
  territorial: ["territorial", "領土"],
  maritime: ["maritime", "海洋"],
  historical: ["historical", "歴史認識"],
  other: ["other", "その他"],
} satisfies Record<DisputeType, [en: string, ja: string]>;

const wordsIn = (table: Record<string, [string, string]>) => (type: string, lang: Lang) => table[type]?.[lang === "ja" ? 1 : 0] ?? type;

/**
 * A dispute's type in the page's language, for the list's Type cell (which wrote a historical dispute as
 * 歴史上の国家, "historical state", and left "other" blank).
 * @example disputeTypeWords("historical", "ja") // "歴史認識"
 */
export const disputeTypeWords = (type: string | null, lang: Lang): string | null => (type === null ? null : wordsIn(DISPUTES)(type, lang));

/**
 * The options of the offices list's Type filter; the values stay the slugs the API takes (type=prime-minister).
 * @example officeTypeOptions("ja")[1] // { value: "prime-minister", label: "首相" }
 */
export function officeTypeOptions(lang: Lang, current = ""): { value: string; label: string }[] {
  return typeOptions(Object.keys(OFFICES), lang, current, wordsIn(OFFICES));
}

/**
 * The options of the disputes list's Type filter; the values stay the slugs the API takes (type=maritime).
 * @example disputeTypeOptions("ja")[2] // { value: "maritime", label: "海洋" }
 */
export function disputeTypeOptions(lang: Lang, current = ""): { value: string; label: string }[] {
  return typeOptions(Object.keys(DISPUTES), lang, current, wordsIn(DISPUTES));
}

/** The two kinds of membership the API tells apart (src/kb/list/spans.ts refuses any other). */
const MEMBERSHIPS: Record<string, [en: string, ja: string]> = { member: ["member", "加盟"], observer: ["observer", "オブザーバー"] };

/**
 * The options of the memberships list's Type filter.
 * @example membershipTypeOptions("ja")[2] // { value: "observer", label: "オブザーバー" }
 */
export function membershipTypeOptions(lang: Lang, current = ""): { value: string; label: string }[] {
  return typeOptions(Object.keys(MEMBERSHIPS), lang, current, wordsIn(MEMBERSHIPS));
}
