import type { GeneratedName } from "./generated-names.js";

/**
 * The second character of Japanese pair abbreviations such as 日米 (Japan–US) and 日中 (Japan–China), and the state
 * it stands for. One table for the checker's gazetteer (src/check/gazetteer.ts, which links 日伯 as Japan and
 * Brazil) and for search (`pairNames`), so that the two never disagree on what an abbreviation means (issue 13
 * item 3).
 */
export const PAIR_ABBREVIATIONS: Readonly<Record<string, string>> = {
  米: "united-states", 中: "china", 韓: "south-korea", 露: "russia", 朝: "north-korea", 英: "united-kingdom", 豪: "australia", 印: "india",
  仏: "france", 独: "germany", 伊: "italy", 比: "philippines", 越: "vietnam", 蘭: "netherlands", 台: "taiwan", 加: "canada", 墨: "mexico", ソ: "ussr",
  伯: "brazil", 葡: "portugal", 西: "spain", 泰: "thailand", 星: "singapore", 尼: "indonesia", 土: "turkey", 秘: "peru",
};

/**
 * For search: the pair abbreviation as a name of the partner state, alone and as its relations with Japan (日伯,
 * 日伯関係 for Brazil), for each state of `PAIR_ABBREVIATIONS` that `exists`. Search's only: in the checker's
 * gazetteer the abbreviation names both states, Japan and the partner, which a name of one entity would not.
 *
 * @example pairNames((id) => id === "brazil").get("brazil") // [{ text: "日伯", lang: "ja", kind: "generated" }, { text: "日伯関係", … }]
 */
export function pairNames(exists: (id: string) => boolean): Map<string, GeneratedName[]> {
  const out = new Map<string, GeneratedName[]>();
  for (const [ch, id] of Object.entries(PAIR_ABBREVIATIONS)) {
    if (!exists(id)) continue;
    out.set(id, [...(out.get(id) ?? []), { text: `日${ch}`, lang: "ja", kind: "generated" }, { text: `日${ch}関係`, lang: "ja", kind: "generated" }]);
  }
  return out;
}
