import type { Lang } from "../i18n/dict.js";

/**
 * The words an entity page puts where the data holds slugs: what an imported dataset's rows are, an
 * entity's type (roles are in ../i18n/roles.ts). Kept apart from the interface strings (dict.ts) because they are
 * vocabulary of the data, looked up by value, not keys of the interface.
 */

/** What a dataset's rows are, per predicate where the same dataset gives several kinds of row. */
const DATASET_ROWS: Record<string, [en: string, ja: string]> = {
  "conflict/participant": ["militarised disputes", "軍事化された国家間紛争"],
  "conflict/at-war": ["wars (Correlates of War)", "戦争（COW）"],
  // On a dispute's or war's own page (it is the subject): its sides and its dates, not "2 militarised disputes".
  "conflict/participant@subject": ["sides (Correlates of War)", "当事国（COW）"],
  "conflict/occurred": ["dates (Correlates of War)", "発生期間（COW）"],
  "treaties/party-to": ["treaty parties (GGO treaty data)", "条約締約記録（GGO）"],
  "treaties/signatory-of": ["treaty signatures (GGO treaty data)", "条約署名記録（GGO）"],
  "treaties/attribute": ["treaty details (GGO treaty data)", "条約属性（GGO）"],
  "treaties/signed": ["signing dates (GGO treaty data)", "署名日（GGO）"],
  "treaties/in-force": ["entry into force dates (GGO treaty data)", "発効日（GGO）"],
  embassies: ["diplomatic missions (Wikidata)", "在外公館（Wikidata）"],
  dipcon: ["years of diplomatic representation (DIPCON)", "外交使節の記録（DIPCON）"],
  atop: ["alliance obligations (ATOP)", "同盟上の義務（ATOP）"],
  archigos: ["terms of leaders (Archigos)", "指導者の在任期間（Archigos）"],
  "cow-state-system": ["state-system records (Correlates of War)", "国家システムの記録（COW）"],
  isd: ["independence records (ISD)", "独立の記録（ISD）"],
  "territorial-change": ["territorial changes (Correlates of War)", "領土変更（COW）"],
  peacekeeping: ["peacekeeping contributions", "平和維持活動への派遣"],
  countrycode: ["code records", "国名コード"],
  desta: ["trade agreements (DESTA)", "貿易協定（DESTA）"],
  colonial: ["colonial records", "植民地の記録"],
  "icow-claims": ["territorial claims (ICOW)", "領有権主張（ICOW）"],
};

/** The words for a dataset's rows of `p`, from the page's side of them where that changes what they are. */
const rowWords = (dataset: string, p: string, side: string | null) => (side ? DATASET_ROWS[`${dataset}/${p}@${side}`] : undefined) ?? DATASET_ROWS[`${dataset}/${p}`] ?? DATASET_ROWS[dataset];

/**
 * A dataset's rows summarised in one line: how many, what they are, which years. `side` is the page's
 * side of the rows (section-heading.ts sectionSide): a dispute's page is the subject of its participants.
 * @example datasetLine("conflict", "participant", 14, "1931-01-01", "2001-12-31", "en") // "14 militarised disputes, 1931–2001"
 * @example datasetLine("conflict", "participant", 14, "1931-01-01", "2001-12-31", "ja") // "軍事化された国家間紛争 14件（1931–2001年）"
 * @example datasetLine("conflict", "participant", 2, "1931-09-18", "1933-05-31", "en", "subject") // "2 sides (Correlates of War), 1931–1933"
 * @example datasetLine("treaties", "party-to", 428, "1911-12-15", "9999-12-31", "en") // "428 treaty parties (GGO treaty data), from 1911"
 */
export function datasetLine(dataset: string, p: string, count: number, from: string | null, to: string | null, lang: Lang, side: string | null = null): string {
  const words = rowWords(dataset, p, side);
  const noun = words ? words[lang === "ja" ? 1 : 0] : lang === "ja" ? `データセット「${dataset}」の記録` : `rows from the ${dataset} dataset`;
  const a = from?.slice(0, 4);
  // 9999-12-31 is the data's open end (GGO's treaties still in force), not a year to print.
  const b = to && !to.startsWith(OPEN_END_YEAR) ? to.slice(0, 4) : undefined;
  const open = !!a && !b;
  const years = a && b && a !== b ? `${a}–${b}` : (a ?? "");
  const things = count === 1 && lang === "en" ? singular(noun) : noun;
  if (lang === "ja") return `${noun} ${count}件${years ? `（${years}年${open ? "以降" : ""}）` : ""}`;
  return `${count} ${things}${years ? (open ? `, from ${years}` : `, ${years}`) : ""}`;
}

const OPEN_END_YEAR = "9999";

/**
 * The head noun of a row description made singular ("1 signing date", not "1 signing dates"): the last
 * word before any bracket, "of" or "from".
 * @example singular("terms of leaders (Archigos)") // "term of leaders (Archigos)"
 */
export function singular(noun: string): string {
  const cut = noun.search(/ \(| of | from /);
  const head = cut < 0 ? noun : noun.slice(0, cut);
  const one = head.replace(/ies$/, "y").replace(/([^s])s$/, "$1");
  return one + (cut < 0 ? "" : noun.slice(cut));
}

/**
 * Which dataset a summarised date comes from, in a few words ("GGO treaty data", "GGO"), for a fact
 * shown from dataset rows rather than a curated statement.
 * @example datasetSource("treaties", "signed", "en") // "GGO treaty data"
 */
export function datasetSource(dataset: string, p: string, lang: Lang): string {
  const words = DATASET_ROWS[`${dataset}/${p}`] ?? DATASET_ROWS[dataset];
  const noun = words ? words[lang === "ja" ? 1 : 0] : dataset;
  return /[(（]([^()（）]+)[)）]$/.exec(noun)?.[1] ?? noun;
}

// An entity's type as words lives in src/model (types only), so the server's HTML shell writes the same words.
export { typeWords } from "../../../src/model/type-words.js";
