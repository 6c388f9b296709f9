// Katakana spelling variants that name the same thing: one rule for the checker's gazetteer (src/check/gazetteer.ts)
// and for search (src/kb/search/index.ts), so that the two never disagree on what a name means (issue 13 item 3).
import type { GeneratedName } from "./generated-names.js";

const VU: Record<string, string> = { バ: "ヴァ", ビ: "ヴィ", ブ: "ヴ", ベ: "ヴェ", ボ: "ヴォ" };
const BA: Record<string, string> = { ヴァ: "バ", ヴィ: "ビ", ヴェ: "ベ", ヴォ: "ボ", ヴ: "ブ" };

/**
 * The other spellings of a katakana name whose "v" sound is written with ヴ or with バ-row kana: ベネズエラ gives
 * ヴェネズエラ, ジュネーヴ gives ジュネーブ. Empty for a name with neither.
 *
 * @example vuVariants("ベネズエラ") // ["ヴェネズエラ"]
 */
export function vuVariants(name: string): string[] {
  if (name.includes("ヴ")) return [name.replace(/ヴ[ァィェォ]?/g, (m) => BA[m] ?? m)];
  if (!/[\p{Script=Katakana}]/u.test(name) || !/[バビブベボ]/.test(name)) return [];
  // Only where the kana stands in a katakana word (a kanji name has none).
  return [name.replace(/(?<=[\p{Script=Katakana}ー]|^)[バビブベボ]/gu, (m) => VU[m] ?? m)].filter((v) => v !== name);
}

/** The ヴ / バ-row variants of the Japanese names of the store, as names search generates. */
export function kanaVariantNames(jaNames: Iterable<{ entity: string; text: string }>): Map<string, GeneratedName[]> {
  const out = new Map<string, GeneratedName[]>();
  for (const n of jaNames) for (const v of vuVariants(n.text)) out.set(n.entity, [...(out.get(n.entity) ?? []), { text: v, lang: "ja", kind: "generated" }]);
  return out;
}
