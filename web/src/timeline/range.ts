import { dateAt, decimalYear, endOf, parseAsOf, type Precision } from "../time/dates.js";
import { clampView, defaultView, type View } from "./scale.js";

/**
 * The timeline's view in the address (?from=…&to=…), both inclusive, each a year, a month or a day
 * (YYYY, YYYY-MM, YYYY-MM-DD). Pure: the page reads and writes the URL through these two functions.
 */
export interface Range {
  from: string | null;
  to: string | null;
}

/**
 * The view a range asks for: from the start of `from` to the end of `to` (so to=1980 holds all of
 * 1980). A missing or unreadable bound falls back to the default view's; a range that runs backwards
 * is the default view.
 * @example viewOfRange({ from: "1970", to: "1979" }, fullExtent(2030)) // { start: 1970, end: 1980 }
 */
export function viewOfRange(range: Range, extent: View): View {
  const fallback = defaultView(extent);
  const from = parseAsOf(range.from);
  const to = parseAsOf(range.to);
  const start = from ? decimalYear(from)! : fallback.start;
  const end = to ? endOf(to)! : fallback.end;
  if (end <= start) return fallback;
  return clampView({ start, end }, extent);
}

/** The precision the address keeps for a view: years when wide, then months, then days. */
function precisionOf(view: View): Precision {
  const span = view.end - view.start;
  return span >= 6 ? "year" : span >= 0.5 ? "month" : "day";
}

/**
 * The range to write in the address for a view: nothing for the default view, otherwise both
 * bounds at the view's precision (the end is inclusive, hence the step back from the exclusive end).
 * @example rangeOfView({ start: 1970, end: 1980 }, fullExtent(2030)) // { from: "1970", to: "1979" }
 */
export function rangeOfView(view: View, extent: View): Range {
  const fallback = defaultView(extent);
  if (Math.abs(view.start - fallback.start) < 1e-6 && Math.abs(view.end - fallback.end) < 1e-6) return { from: null, to: null };
  return boundsOf(view);
}

/**
 * A view's first and last day, month or year, as written in the address and read in the chart's label.
 * @example boundsOf({ start: 1970, end: 1980 }) // { from: "1970", to: "1979" }
 */
export function boundsOf(view: View): { from: string; to: string } {
  // A view whose bounds fall on whole years (or months) is written so; any other at its span's precision.
  const exact = (["year", "month"] as const).find((p) => {
    const from = dateAt(view.start + 1e-9, p);
    const to = dateAt(view.end - 1e-6, p);
    return Math.abs(decimalYear(from)! - view.start) < 1e-6 && Math.abs(endOf(to)! - view.end) < 1e-6;
  });
  const precision = exact ?? precisionOf(view);
  return { from: dateAt(view.start + 1e-9, precision), to: dateAt(view.end - 1e-6, precision) };
}
