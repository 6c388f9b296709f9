// The missions list's Type filter and Type cell: the schema's mission types in the page's language
// (大使館, 総領事館…), never the API's slugs (consulate-general), as for the agreements list (issue 15).
import type { MissionType } from "../../../src/model/lists.js";
import type { Lang } from "../i18n/dict.js";
import { typeOptions } from "./type-options.js";

/** Every mission type of src/model/lists.ts with its words, in its order (the web imports only types from src/model: this fails to compile when a type is added or removed there). */
const WORDS = {
  embassy: ["embassy", "大使館"],
  "consulate-general": ["consulate-general", "総領事館"],
  consulate: ["consulate", "領事館"],
  "consular-office": ["consular office", "領事事務所"],
  "honorary-consulate": ["honorary consulate", "名誉領事館"],
  "de-facto-embassy": ["de facto embassy", "事実上の大使館"],
  "de-facto-consulate": ["de facto consulate", "事実上の領事館"],
  nunciature: ["apostolic nunciature", "ローマ教皇庁大使館"],
  legation: ["legation", "公使館"],
  "trading-post": ["trading post", "商館"],
  mission: ["mission", "外交公館"],
  other: ["other", "その他"],
} satisfies Record<MissionType, [en: string, ja: string]>;

const TYPES = Object.keys(WORDS) as MissionType[];

/**
 * A mission type in the page's language; a value the vocabulary lacks is shown as itself.
 * @example missionTypeWords("ja", "consulate-general") // "総領事館"
 */
export function missionTypeWords(lang: Lang, type: string): string {
  const w = (WORDS as Record<string, [string, string]>)[type];
  return w ? w[lang === "ja" ? 1 : 0] : type;
}

/**
 * The options of the missions list's Type filter: "any" (value ""), then each type in words; the values
 * stay the slugs the API takes (type=consulate-general), and a value from an old link that is no type is
 * kept as itself so the form does not drop it.
 * @example missionTypeOptions("ja")[2] // { value: "consulate-general", label: "総領事館" }
 */
export function missionTypeOptions(lang: Lang, current = ""): { value: string; label: string }[] {
  return typeOptions(TYPES, lang, current, (type, l) => missionTypeWords(l, type));
}
