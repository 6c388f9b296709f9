/**
 * The timeline's zoomable linear scale from years to pixels. Pure: zooming and panning return new
 * views, clamped to the full extent (the 1580s to today) and to a minimum span of two years.
 */
export interface View {
  /** First and last year shown (decimal years). */
  start: number;
  end: number;
}

export const MIN_SPAN = 2;

export function fullExtent(now: number = new Date().getUTCFullYear() + 1): View {
  return { start: 1580, end: now };
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
  const span = Math.min(extent.end - extent.start, Math.max(MIN_SPAN, view.end - view.start));
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
