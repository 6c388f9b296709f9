import type { TimelineItem } from "../api/types.js";
import type { MessageKey } from "../i18n/dict.js";

/**
 * The date of an item as its source gave it: "1590" stays a year and "1972-09" a month (the API's
 * `date` is the first day they could be, which would read "1 Jan 1590"). Open bounds fall back to it.
 * @example itemDate({ date: "1590-01-01", edtf: "1590" }) // "1590"
 */
export function itemDate(item: Pick<TimelineItem, "date" | "edtf">): string {
  const edtf = item.edtf.trim();
  return edtf === "" || edtf === ".." || !/^-?\d{4}/.test(edtf) ? item.date : edtf;
}

/**
 * The items in both lists (the same statement at the same edge): the timeline filtered by a state and
 * a dispute at once, from two answers of the API, which takes one entity at a time.
 * @example intersectItems(withChina, withSenkakus) // China's items about the Senkaku dispute
 */
export function intersectItems<T extends Pick<TimelineItem, "edge"> & { statement: { id: string } }>(a: readonly T[], b: readonly T[]): T[] {
  const keys = new Set(b.map((i) => `${i.statement.id}|${i.edge}`));
  return a.filter((i) => keys.has(`${i.statement.id}|${i.edge}`));
}

/**
 * `next`, or `prev` when it holds the same items in the same order: a page that filters what is in hand
 * for its view keeps the same array when a request brings only years outside the view, so that what
 * depends on the view's items (the marks' layout, the canvas, the list) is not made and drawn again.
 * @example sameItems(shown, itemsInView(all, view)) === shown // when `all` grew outside the view
 */
export function sameItems<T>(prev: readonly T[], next: readonly T[]): readonly T[] {
  if (prev === next || prev.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (prev[i] !== next[i]) return next;
  return prev;
}

/** What the marks' colours mean, for the legend (the chart's CSS gives them the same classes). */
export const MARK_LEGEND: readonly { className: string; label: MessageKey }[] = [
  { className: "mark edge-point", label: "timeline.mark.point" },
  { className: "mark edge-start", label: "timeline.mark.start" },
  { className: "mark edge-end", label: "timeline.mark.end" },
  { className: "mark p-occurred", label: "timeline.mark.event" },
];
