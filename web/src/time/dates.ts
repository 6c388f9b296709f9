/** Dates as the explorer reads them from URLs and shows them. Pure. */
import { jaDate } from "../../../src/model/ja-date.js";

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
 * A date of the API (YYYY, YYYY-MM, YYYY-MM-DD, or an EDTF interval) as a reader would write it; in
 * Japanese through the one writer the server and the CLI use too (src/model/ja-date.ts). No date is
 * "" here (a view with no as-of day says nothing), where jaDate would say 日付不明.
 * @example formatDate("en", "1972-09-29") // "29 Sep 1972"
 * @example formatDate("ja", "1945/1952") // "1945年〜1952年"
 */
export function formatDate(lang: "en" | "ja", date: string | null): string {
  if (!date) return "";
  if (lang === "ja") return jaDate(date);
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
  const fuzzy = /[~?%X]/.test(date) ? " (approx.)" : "";
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const parts = [day && month ? String(day) : null, month ? months[month - 1] : null, String(year)].filter(Boolean);
  return parts.join(" ") + fuzzy;
}

/** Milliseconds at 00:00 UTC on a calendar day (years before 100 too, unlike Date.UTC). */
function utc(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime();
}

/**
 * A fractional year for placing a date on a scale: exact to the day (1 July 1972 is day 182 of 366),
 * so that a scale zoomed to a week puts each day where it belongs.
 * @example decimalYear("1972-07-01") // ≈ 1972.497
 */
export function decimalYear(date: string): number | null {
  // Remembered: the timeline places the same few thousand dates again at every zoom step.
  const known = years.get(date);
  if (known !== undefined) return known;
  const year = computeDecimalYear(date);
  if (years.size > 50_000) years.clear();
  years.set(date, year);
  return year;
}

const years = new Map<string, number | null>();

function computeDecimalYear(date: string): number | null {
  const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  const start = utc(year, 1, 1);
  return year + (utc(year, month, day) - start) / (utc(year + 1, 1, 1) - start);
}

export type Precision = "year" | "month" | "day";

/**
 * The calendar date at a fractional year, to a precision (the inverse of decimalYear, rounding down).
 * @example dateAt(1972.75, "day") // "1972-10-01"
 * @example dateAt(1972.75, "month") // "1972-10"
 */
export function dateAt(value: number, precision: Precision): string {
  const year = Math.floor(value);
  const start = utc(year, 1, 1);
  // A hair over, so that decimalYear("1972-10-01") maps back to the 1st and not the 30th.
  const d = new Date(start + (value - year) * (utc(year + 1, 1, 1) - start) + 1000);
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  if (precision === "year") return y;
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  if (precision === "month") return `${y}-${mm}`;
  return `${y}-${mm}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/**
 * The fractional year at which a date written to some precision ends (exclusive): the next year,
 * month or day. Lets "to=1980" include all of 1980.
 * @example endOf("1980") // 1981
 * @example endOf("1972-09-29") // decimalYear("1972-09-30")
 */
export function endOf(date: string): number | null {
  const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (!m[2]) return year + 1;
  const month = Number(m[2]);
  const ms = m[3] ? utc(year, month, Number(m[3]) + 1) : utc(year, month + 1, 1);
  const d = new Date(ms);
  return decimalYear(`${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`);
}

/**
 * The same day in another year, for the map's year slider: 15 August 1945 moved to 1946 stays
 * 15 August (29 February becomes the 28th in a common year); a year-only date stays a year.
 * @example withYear("1945-08-15", 1946) // "1946-08-15"
 * @example withYear("1975", 1976) // "1976"
 */
export function withYear(asOf: string, year: number): string {
  const m = /^-?\d{4}(-(\d{2}))?(-(\d{2}))?$/.exec(asOf);
  const y = String(year).padStart(4, "0");
  if (!m || !m[1]) return y;
  if (!m[3]) return `${y}${m[1]}`;
  const month = Number(m[2]);
  const last = new Date(utc(year, month + 1, 1) - 86_400_000).getUTCDate();
  return `${y}${m[1]}-${String(Math.min(Number(m[4]), last)).padStart(2, "0")}`;
}
