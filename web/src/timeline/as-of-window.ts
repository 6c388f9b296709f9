// The date a reader chose on the map or a page (the sticky asOf) when the timeline's years leave it out:
// /timeline?asOf=1900 opened on 1945 to today and said nothing of 1900. Pure: no DOM.
import type { View } from "./scale.js";

/** Years shown on each side of the chosen date by the link the timeline offers. */
const HALF = 20;

/**
 * The years around a chosen date to offer when the view leaves it out, or null when the view shows it.
 * `asOf` is an EDTF year, month or day; the window is clamped to the timeline's extent.
 * @example windowAround("1900", { start: 1945, end: 2027 }, { start: 1580, end: 2027 }) // { from: "1880", to: "1920" }
 * @example windowAround("1970", { start: 1945, end: 2027 }, { start: 1580, end: 2027 }) // null
 */
export function windowAround(asOf: string, view: View, extent: View): { from: string; to: string } | null {
  const year = Number(asOf.slice(0, 4));
  if (!Number.isFinite(year)) return null;
  if (year >= Math.floor(view.start) && year < Math.ceil(view.end)) return null;
  const first = Math.ceil(extent.start);
  const last = Math.ceil(extent.end) - 1;
  if (year < first || year > last) return null;
  return { from: String(Math.max(first, year - HALF)), to: String(Math.min(last, year + HALF)) };
}
