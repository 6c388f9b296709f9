// The options of a list page's Type filter, for any kind whose types the schema fixes (agreements, events, missions).
import type { Lang } from "../i18n/dict.js";
import { typeWords } from "../entity/words.js";

const ANY: [en: string, ja: string] = ["any type", "すべて"];
// typeWords says nothing for "other" (an entity page leaves it out); a filter has to name it.
const OTHER: [en: string, ja: string] = ["other", "その他"];

/** A type in the words the entity pages give it ("other" named, where they leave it out). */
const entityTypeWords = (type: string, lang: Lang): string => typeWords(type, lang) ?? OTHER[lang === "ja" ? 1 : 0];

/**
 * "any" (no filter, value ""), then each type in words (by default the words the entity pages give it); a value
 * from the URL that is no type (an old link) is kept as itself so the form does not silently drop it. The values
 * stay the slugs the API takes (type=investment).
 * @example typeOptions(["summit", "visit"], "ja")[1] // { value: "summit", label: "首脳会議" }
 */
export function typeOptions(types: readonly string[], lang: Lang, current = "", words: (type: string, lang: Lang) => string = entityTypeWords): { value: string; label: string }[] {
  const i = lang === "ja" ? 1 : 0;
  const options = [{ value: "", label: ANY[i] }, ...types.map((value) => ({ value, label: words(value, lang) }))];
  const kept = current.trim();
  return kept && !options.some((o) => o.value === kept) ? [...options, { value: kept, label: kept }] : options;
}
