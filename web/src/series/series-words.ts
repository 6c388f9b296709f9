// The numeric series' titles and units in Japanese: the API writes them in English only, and a Japanese
// state page listed "Armed forces personnel (IISS via World Bank)" in its picker. Looked up by the
// series' name; a series added later without an entry here keeps its English words. Pure.
import type { Lang } from "../i18n/dict.js";

const JA: Record<string, [title: string, unit: string]> = {
  "armed-forces-personnel": ["軍人数（IISS、世界銀行経由）", "人"],
  "armed-forces-share-population": ["軍人数の対人口比（世界銀行）", "総人口に対する%"],
  "cow-exports": ["輸出総額（COW貿易データ）", "百万米ドル（名目）"],
  "cow-imports": ["輸入総額（COW貿易データ）", "百万米ドル（名目）"],
  "dipcon-representation": ["外交使節の派遣（DIPCON）", "1＝派遣国が受入国に外交代表を置いていた、0＝置いていない"],
  "gdelt-goldstein": ["出来事のゴールドスタイン値の平均（GDELT標本）", "ゴールドスタイン尺度（−10敵対〜+10協調）の平均"],
  "milex-share-gdp-long-run": ["軍事支出の対GDP比（長期）", "GDPに対する%"],
  "nmc-cinc": ["国力総合指数CINC（COW NMC）", "世界の国力に占める割合（0〜1）"],
  "nmc-milex": ["軍事支出（COW NMC）", "千米ドル（名目）"],
  "nmc-milper": ["軍人数（COW NMC）", "千人"],
  "nmc-tpop": ["総人口（COW NMC）", "千人"],
  "shared-igos": ["日本と共通に加盟する政府間国際機関（COW IGO）", "機関数"],
  "sipri-military-expenditure": ["軍事支出（SIPRI）", "米ドル（実質。Our World in DataによるSIPRIの数値）"],
  "sipri-military-expenditure-share-gdp": ["軍事支出の対GDP比（SIPRI）", "GDPに対する%"],
  "un-peacekeeping-force": ["国連平和維持活動への派遣要員（合計）", "人"],
  "un-peacekeeping-missions": ["国連平和維持活動への参加ミッション数", "ミッション数"],
  "un-peacekeeping-observers": ["国連平和維持活動の軍事監視要員・参謀", "人"],
  "un-peacekeeping-police": ["国連平和維持活動の文民警察要員", "人"],
  "un-peacekeeping-troops": ["国連平和維持活動の部隊要員", "人"],
  "unga-idealpoint": ["国連総会における理想点", "理想点（一次元。高いほど米国の立場に近い）"],
  "unga-agreement-with-japan": ["国連総会での日本との投票一致度", "記録投票に占める割合（0〜1。賛否に対する棄権は½）"],
};

/**
 * A series' title and unit in the page's language.
 * @example seriesWords({ name: "nmc-tpop", title: "Total population (COW NMC)", unit: "thousands of people" }, "ja") // { title: "総人口（COW NMC）", unit: "千人" }
 */
export function seriesWords(s: { name: string; title: string; unit: string }, lang: Lang): { title: string; unit: string } {
  const ja = lang === "ja" ? JA[s.name] : undefined;
  return ja ? { title: ja[0], unit: ja[1] } : { title: s.title, unit: s.unit };
}

/**
 * A chart tick as a reader writes a large number: 300bn, 3000億 (the full "300,000,000,000" did not fit
 * left of a phone's chart and was cut to ",000").
 * @example compactNumber("ja")(300_000_000_000) // "3000億"
 */
export function compactNumber(lang: Lang): (v: number) => string {
  const f = new Intl.NumberFormat(lang === "ja" ? "ja-JP" : "en-GB", { notation: "compact", maximumSignificantDigits: 3 });
  return (v) => f.format(v);
}

/**
 * Whether a unit fits as the y axis's label over a chart this wide (Japanese characters are about twice
 * as wide as Latin ones); a unit that does not is left to the caption.
 * @example unitFits("people", "en", 390) // true
 */
export function unitFits(unit: string, lang: Lang, width: number): boolean {
  const wide = [...unit].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 7), 0);
  return wide <= Math.min(width - 40, lang === "ja" ? 480 : 280);
}
