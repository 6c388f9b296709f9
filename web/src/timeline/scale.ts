import { dateAt, decimalYear, type Precision } from "../time/dates.js";

/**
 * The timeline's zoomable linear scale from years to pixels. Pure: zooming and panning return new
 * views, clamped to the full extent (the 1580s to today) and to a minimum span of a week, so that
 * one can zoom from centuries down to days.
 */
export interface View {
  /** First and last year shown (decimal years). */
  start: number;
  end: number;
}

/** The narrowest view: a week (in years). */
export const MIN_SPAN = 7 / 365;

/**
 * The narrowest view kept as asked: a week of a leap year. Seven whole days of 1972 are 7/366 of it, under
 * MIN_SPAN, which widened them to 7.02 days, so from 25 Sep to 1 Oct 1972 read "25 Sep 1972–2 Oct 1972".
 */
const MIN_KEPT = 7 / 366;

/** Where the timeline opens: the postwar years, when most of the data lies and most readers look. */
export const DEFAULT_START = 1945;

export function fullExtent(now: number = new Date().getUTCFullYear() + 1): View {
  return { start: 1580, end: now };
}

/**
 * The view the timeline opens on: 1945 to today.
 * @example defaultView(fullExtent(2027)) // { start: 1945, end: 2027 }
 */
export function defaultView(extent: View): View {
  return clampView({ start: DEFAULT_START, end: extent.end }, extent);
}

/**
 * Maps a year to x in [0, width].
 * @example toX({ start: 1900, end: 2000 }, 1000, 1950) // 500
 */
export function toX(view: View, width: number, year: number): number {
  return ((year - view.start) / (view.end - view.start)) * width;
}

/** Maps x back to a year. */
export function toYear(view: View, width: number, x: number): number {
  return view.start + (x / width) * (view.end - view.start);
}

/** Keeps a view within the extent, keeping its span where it can. */
export function clampView(view: View, extent: View): View {
  const span = Math.min(extent.end - extent.start, Math.max(MIN_KEPT, view.end - view.start));
  let start = view.start;
  if (start < extent.start) start = extent.start;
  if (start + span > extent.end) start = extent.end - span;
  return { start, end: start + span };
}

/**
 * Zooms by `factor` (< 1 zooms in) around `year`, which stays where it is on screen.
 * @example zoom({ start: 1900, end: 2000 }, 0.5, 1950, fullExtent(2030)) // { start: 1925, end: 1975 }
 */
export function zoom(view: View, factor: number, year: number, extent: View): View {
  const start = year - (year - view.start) * factor;
  const end = year + (view.end - year) * factor;
  if (end - start < MIN_SPAN) {
    const mid = (start + end) / 2;
    return clampView({ start: mid - MIN_SPAN / 2, end: mid + MIN_SPAN / 2 }, extent);
  }
  return clampView({ start, end }, extent);
}

/** Moves the view by `years` (negative: earlier). */
export function pan(view: View, years: number, extent: View): View {
  return clampView({ start: view.start + years, end: view.end + years }, extent);
}

/**
 * Tick years for a view: a round step giving about `count` ticks.
 * @example ticks({ start: 1900, end: 2000 }, 5) // [1900, 1920, 1940, 1960, 1980, 2000]
 */
export function ticks(view: View, count: number): number[] {
  const span = view.end - view.start;
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200];
  const step = steps.find((s) => span / s <= count) ?? 500;
  const out: number[] = [];
  for (let y = Math.ceil(view.start / step) * step; y <= view.end; y += step) out.push(y);
  return out;
}

export interface CalendarTick {
  /** Where the tick sits (fractional year). */
  at: number;
  /** The tick's date at its precision ("1972", "1972-09", "1972-09-29"), to be written with formatDate. */
  date: string;
  precision: Precision;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500];
const MONTH_STEPS = [1, 2, 3, 6];
// Every third day: a week on a phone (three ticks) had only the day on which a weekly step fell, "1 Oct 1972".
const DAY_STEPS = [1, 2, 3, 7, 14];

/**
 * Ticks for any zoom, from centuries to days: round years while they fit, then months, then days;
 * about `count` of them. Each carries its date at its precision so that it reads "1972", "Sep 1972"
 * or "29 Sep 1972", never "1 Jan 1972".
 * @example calendarTicks({ start: 1972.6, end: 1973.1 }, 6).map((t) => t.date) // ["1972-09", "1972-11", "1973-01"]
 */
export function calendarTicks(view: View, count: number): CalendarTick[] {
  const span = view.end - view.start;
  const days = DAY_STEPS.find((d) => (span * 365) / d <= count);
  const months = MONTH_STEPS.find((m) => (span * 12) / m <= count);
  const years = YEAR_STEPS.find((y) => span / y <= count);
  if (years !== undefined && span >= 2) return ticks(view, count).map((y) => ({ at: y, date: dateAt(y, "year"), precision: "year" as const }));
  // Months while at least three of them show; below that, days.
  if (days !== undefined && (months === undefined || (span * 12) / months < 3)) return stepped(view, "day", days);
  return stepped(view, "month", months ?? 6);
}

/** Ticks every `step` months (on months 1, 1+step…) or days (on days 1, 1+step… up to the 28th). */
function stepped(view: View, precision: "month" | "day", step: number): CalendarTick[] {
  const out: CalendarTick[] = [];
  const d = new Date(0);
  d.setUTCFullYear(Math.floor(view.start), 0, 1);
  const first = dateAt(view.start, "day");
  d.setUTCFullYear(Number(first.slice(0, 4)), Number(first.slice(5, 7)) - 1, precision === "month" ? 1 : Number(first.slice(8, 10)));
  for (let i = 0; i < 2000; i++) {
    const date = d.toISOString().slice(0, precision === "month" ? 7 : 10);
    const at = decimalYear(date)!;
    if (at > view.end) break;
    const ok = precision === "month" ? d.getUTCMonth() % step === 0 : (d.getUTCDate() - 1) % step === 0 && (step === 1 || d.getUTCDate() <= 28);
    if (ok && at >= view.start) out.push({ at, date, precision });
    if (precision === "month") d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}
