// Japanese era dates (和暦) for the Gregorian dates gaiko shows, as a hover beside 1972年9月29日.
// Only from 1873: before that Japan counted months and days by the lunisolar calendar, so a Gregorian
// day has no simple 明治 month and day (明治5年12月3日 became 明治6年1月1日).

interface Era {
  name: string;
  /** The era's first day (Gregorian, ISO). */
  from: string;
  /** Gregorian year of the era's year 1. */
  year1: number;
}

const ERAS: Era[] = [
  { name: "令和", from: "2019-05-01", year1: 2019 },
  { name: "平成", from: "1989-01-08", year1: 1989 },
  { name: "昭和", from: "1926-12-25", year1: 1926 },
  { name: "大正", from: "1912-07-30", year1: 1912 },
  { name: "明治", from: "1868-10-23", year1: 1868 },
];

/** The Gregorian calendar's first day in Japan. */
const GREGORIAN_FROM = "1873-01-01";

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const eraOf = (day: string): Era | undefined => ERAS.find((e) => day >= e.from);
const yearIn = (era: Era, year: number) => (year - era.year1 + 1 === 1 ? "元" : String(year - era.year1 + 1));

/**
 * A date (EDTF day, month or year) in the Japanese era calendar, or null before 1873, for
 * approximate or uncertain dates and for anything that is not a single date. A month or year that
 * spans two eras names both years (1989 → 昭和64年／平成元年).
 *
 * @example wareki("1972-09-29") // "昭和47年9月29日"
 */
export function wareki(date: string): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  const first = `${y}-${pad(mo ?? 1)}-${pad(d ?? 1)}`;
  const last = `${y}-${pad(mo ?? 12)}-${pad(d ?? lastDay(y, mo ?? 12))}`;
  if (first < GREGORIAN_FROM) return null;
  const a = eraOf(first)!;
  const b = eraOf(last)!;
  if (a !== b) return `${a.name}${yearIn(a, y)}年／${b.name}${yearIn(b, y)}年`;
  return `${a.name}${yearIn(a, y)}年${mo ? `${mo}月` : ""}${mo && d ? `${d}日` : ""}`;
}

/**
 * The era date shown on hover: a single date's, or a range's two ends (an open end left open), or null
 * where an end has none (before 1873, approximate, unknown).
 * @example eraTitle("1945-08-15/1952-04-28") // "昭和20年8月15日〜昭和27年4月28日"
 * @example eraTitle("1972-09-29/..") // "昭和47年9月29日〜"
 * @example eraTitle("1854-03-31/1899-07-17") // null
 */
export function eraTitle(date: string): string | null {
  if (!date.includes("/")) return wareki(date);
  const [a = "", b = ""] = date.split("/");
  const ea = a === ".." ? "" : wareki(a);
  const eb = b === ".." ? "" : wareki(b);
  if (ea === null || eb === null || (ea === "" && eb === "")) return null;
  return `${ea}〜${eb}`;
}
