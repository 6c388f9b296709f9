import { useRef } from "react";

/**
 * A value that may grow but not shrink while `holding` is true (the tallest it has been since then),
 * and follows the value again once `holding` ends. The chart's height is held so while zoom steps or a
 * drag follow each other: a step that drops a row (or the key-event band) would otherwise change the
 * chart's height, move all the page under it and reallocate the marks' canvas: a relayout and
 * repaint of the whole page, 30–60 ms, at that step (the four first "+" steps from four centuries).
 * It fits its rows again when the steps pause (the address then takes the view).
 *
 * @example const h = useHeldMax(height, stepping); // 310, then 310 while stepping, then 90 once settled
 */
export function useHeldMax(value: number, holding: boolean): number {
  const held = useRef(value);
  // Written during render on purpose: the value is derived from this render's inputs, idempotent for
  // a render React repeats, and a state update here would render the chart twice per step.
  held.current = holding ? Math.max(held.current, value) : value;
  return held.current;
}
