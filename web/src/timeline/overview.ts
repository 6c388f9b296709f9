import { ERAS, type Era } from "./eras.js";
import { yearOfDate } from "./spans.js";
import { toX, type View } from "./scale.js";

/**
 * The overview strip above the timeline: the whole extent, how many items fall in each stretch of
 * it, the eras (labelled where a label fits) and a window on the part the chart shows. Pure.
 */

/**
 * Adds up the items of each year in `bins` equal stretches of the extent, each year in the stretch
 * that holds its middle (the API counts by year: the strip needs no item to draw them).
 * @example histogram(new Map([[1950, 3], [1899, 1]]), { start: 1900, end: 2000 }, 4) // [0, 0, 3, 0]
 */
export function histogram(counts: ReadonlyMap<number, number>, extent: View, bins: number): number[] {
  const out = new Array<number>(bins).fill(0);
  const span = extent.end - extent.start;
  for (const [year, n] of counts) {
    const mid = year + 0.5;
    if (mid < extent.start || mid > extent.end) continue;
    out[Math.min(bins - 1, Math.floor(((mid - extent.start) / span) * bins))]! += n;
  }
  return out;
}

/**
 * The items of each year, for a histogram of items in hand (those in both of two answers).
 * @example countsByYear([{ date: "1972-09-29" }, { date: "1972-01-01" }]) // Map { 1972 => 2 }
 */
export function countsByYear(items: readonly { date: string }[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const { date } of items) {
    const year = yearOfDate(date);
    if (Number.isFinite(year)) out.set(year, (out.get(year) ?? 0) + 1);
  }
  return out;
}

export interface EraBand {
  era: Era;
  x1: number;
  x2: number;
  /** Whether the label fits inside the band (a label that would spill over its neighbour is left to the legend). */
  labelled: boolean;
}

/**
 * The eras' bands across a strip `width` wide showing `view`; a label is drawn only where
 * `labelWidth(era)` pixels fit.
 * @example eraBands({ start: 1580, end: 2030 }, 900, () => 40).find((b) => b.era.id === "meiji")?.labelled // true
 */
export function eraBands(view: View, width: number, labelWidth: (era: Era) => number): EraBand[] {
  const out: EraBand[] = [];
  for (const era of ERAS) {
    const x1 = Math.max(0, toX(view, width, era.start));
    const x2 = Math.min(width, toX(view, width, era.end ?? view.end));
    if (x2 <= 0 || x1 >= width || x2 <= x1) continue;
    out.push({ era, x1, x2, labelled: x2 - x1 >= labelWidth(era) + 4 });
  }
  return out;
}

/**
 * The window on the strip that marks the part of the extent the chart shows, at least `min` pixels
 * wide so that a view of a week is still visible and can be grabbed.
 * @example brushOf({ start: 1950, end: 2000 }, { start: 1900, end: 2000 }, 1000) // { x: 500, width: 500 }
 */
export function brushOf(view: View, extent: View, width: number, min = 6): { x: number; width: number } {
  const x = toX(extent, width, view.start);
  const w = Math.max(min, toX(extent, width, view.end) - x);
  return { x: Math.min(x, width - w), width: w };
}
