/** Dates as the explorer reads them from URLs and shows them. Pure. */

export const MAP_FIRST_YEAR = 1850;

/** Today's year (the map slider's end). */
export function currentYear(now: Date = new Date()): number {
  return now.getUTCFullYear();
}

const DATE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A URL's asOf value when it is a date the API accepts (YYYY, YYYY-MM or YYYY-MM-DD), else null.
 * @example parseAsOf("1972-09-29") // "1972-09-29"
 */
export function parseAsOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = DATE.exec(value.trim());
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return value.trim();
}

/** The year of an asOf value. @example yearOf("1972-09-29") // 1972 */
export function yearOf(asOf: string): number {
  return Number(asOf.slice(0, asOf.startsWith("-") ? 5 : 4));
}

/** Keeps a year within [min, max]. */
export function clampYear(year: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(year)));
}

/**
 * A date of the API (YYYY, YYYY-MM, YYYY-MM-DD, or an EDTF interval) as a reader would write it.
 * @example formatDate("en", "1972-09-29") // "29 Sep 1972"
 * @example formatDate("ja", "1972-09-29") // "1972年9月29日"
 */
export function formatDate(lang: "en" | "ja", date: string | null): string {
  if (!date) return "";
  if (date.includes("/")) {
    const [a = "", b = ""] = date.split("/");
    const from = a === "" || a === ".." ? "…" : formatDate(lang, a);
    const to = b === "" || b === ".." ? "…" : formatDate(lang, b);
    return `${from} – ${to}`;
  }
  const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  const fuzzy = /[~?%X]/.test(date) ? (lang === "ja" ? "頃" : " (approx.)") : "";
  if (lang === "ja") return `${year}年${month ? `${month}月` : ""}${month && day ? `${day}日` : ""}${fuzzy}`;
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const parts = [day && month ? String(day) : null, month ? months[month - 1] : null, String(year)].filter(Boolean);
  return parts.join(" ") + fuzzy;
}

/**
 * A fractional year for placing a date on a scale (mid-month and mid-day).
 * @example decimalYear("1972-07-01") // ≈ 1972.5
 */
export function decimalYear(date: string): number | null {
  const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  return year + (month - 1) / 12 + (day - 1) / 365;
}
