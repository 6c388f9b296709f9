// The one writer of Japanese dates: the explorer (web/src/time/dates.ts), `gaiko show --lang ja`, the
// plain page served while web/dist is not built (its browser script gets this module compiled by
// src/server/plain-date.ts) and the importers' summaries all write a date of the data through jaDate.
// It imports nothing, so the explorer may run it (web/src/layer.test.ts) and esbuild can compile it
// alone for the plain page.

/** Between the two ends of an interval: the wave dash, as the checker's reasons (src/check/why.ts) write ranges too. */
const TO = "〜";

/** EDTF's trailing qualifiers: approximate (~), uncertain (?), both (%). */
const QUALIFIER: Record<string, string> = { "": "", "~": "頃", "?": "？", "%": "頃？" };

/** EDTF level-1 seasons (YYYY-21 … YYYY-24); other codes past 12 are shown as written. */
const SEASON: Record<number, string> = { 21: "春", 22: "夏", 23: "秋", 24: "冬" };

const ONE = /^(-?)(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([?~%]?)$/;

/**
 * One EDTF date (not an interval) written the Japanese way, or as written when it is no form this
 * knows. Year 0000 is 1 BC and -0001 is 2 BC, as EDTF counts them.
 *
 * @example jaDay("1584-08%") // "1584年8月頃？"
 */
export function jaDay(d: string): string {
  const m = ONE.exec(d);
  if (!m) return d;
  const [, minus, yyyy, mm, dd, q] = m;
  const y = (minus ? -1 : 1) * Number(yyyy);
  const year = y > 0 ? `${y}年` : `紀元前${1 - y}年`;
  const month = mm ? Number(mm) : 0;
  const mark = QUALIFIER[q ?? ""] ?? "";
  if (month > 12) return SEASON[month] && !dd ? `${year}${SEASON[month]}${mark}` : d;
  return `${year}${month ? `${month}月` : ""}${month && dd ? `${Number(dd)}日` : ""}${mark}`;
}

/**
 * A date of the data (a day, month, year or season; EDTF `~` `?` `%`; an interval) written the
 * Japanese way. An interval joins its ends with 〜; one still running (`/..`) is "…から"; one whose
 * start lies before the period gaiko covers (`../`) is "〜…"; `../..` (before gaiko's period and
 * still running) is 全期間; an end or start not known is 不明; no date at all is 日付不明.
 *
 * @example jaDate("1972-09-29") // "1972年9月29日"
 * @example jaDate("1945/1952") // "1945年〜1952年"
 * @example jaDate("1911/..") // "1911年から"
 * @example jaDate("../1952") // "〜1952年"
 * @example jaDate("1613~") // "1613年頃"
 * @example jaDate(null) // "日付不明"
 */
export function jaDate(edtf: string | null | undefined): string {
  if (!edtf) return "日付不明";
  if (!edtf.includes("/")) return jaDay(edtf);
  const [a = "", b = ""] = edtf.split("/");
  if (a === ".." && b === "..") return "全期間";
  const from = a === "" ? "不明" : jaDay(a);
  if (b === "..") return `${from}から`;
  const to = b === "" ? "不明" : jaDay(b);
  return a === ".." ? `${TO}${to}` : `${from}${TO}${to}`;
}
