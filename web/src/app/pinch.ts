/**
 * The maths of a two-finger gesture (pinch to zoom, two-finger pan), apart from any drawing. Pure.
 * A chart tracks two active pointers; from where they were when the second touched down and where
 * they are now, `pinchOf` gives the scale and the midpoints, and the two helpers below turn that into
 * a new timeline span or map box, keeping the point under the fingers' midpoint under it.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Pinch {
  /** How much the fingers spread (> 1) or closed (< 1): the content grows by this. */
  scale: number;
  /** The fingers' midpoint when the gesture began and now (screen px). */
  from: Point;
  to: Point;
}

/** Fingers closer than this are treated as this far apart (no division by ~0). */
const MIN_DIST = 8;

/**
 * The scale and midpoints of a two-finger gesture.
 * @example pinchOf([{ x: 0, y: 0 }, { x: 100, y: 0 }], [{ x: -50, y: 0 }, { x: 150, y: 0 }]) // { scale: 2, from: { x: 50, y: 0 }, to: { x: 50, y: 0 } }
 */
export function pinchOf(start: readonly [Point, Point], now: readonly [Point, Point]): Pinch {
  const dist = (p: readonly [Point, Point]) => Math.max(MIN_DIST, Math.hypot(p[1].x - p[0].x, p[1].y - p[0].y));
  const mid = (p: readonly [Point, Point]) => ({ x: (p[0].x + p[1].x) / 2, y: (p[0].y + p[1].y) / 2 });
  return { scale: dist(now) / dist(start), from: mid(start), to: mid(now) };
}

/**
 * A 1-D span (the timeline's years) after a pinch: `from.x` and `to.x` are px within a plot `width`
 * px wide showing [start, end]; the year under the first midpoint ends under the second.
 * @example pinchSpan({ start: 1900, end: 2000 }, 1000, { scale: 2, from: { x: 500, y: 0 }, to: { x: 500, y: 0 } }) // { start: 1925, end: 1975 }
 */
export function pinchSpan(span: { start: number; end: number }, width: number, p: Pinch): { start: number; end: number } {
  const years = span.end - span.start;
  const anchor = span.start + (p.from.x / width) * years;
  const next = years / p.scale;
  const start = anchor - (p.to.x / width) * next;
  return { start, end: start + next };
}

/**
 * A 2-D box (the map's viewBox) after a pinch: midpoints are px within an element `width` px wide
 * showing the box; the map point under the first midpoint ends under the second.
 * @example pinchBox({ x: 0, y: 0, width: 100, height: 50 }, 100, { scale: 2, from: { x: 50, y: 25 }, to: { x: 50, y: 25 } }) // { x: 25, y: 12.5, width: 50, height: 25 }
 */
export function pinchBox(box: { x: number; y: number; width: number; height: number }, width: number, p: Pinch): { x: number; y: number; width: number; height: number } {
  const k = box.width / width; // map units per px before
  const ax = box.x + p.from.x * k;
  const ay = box.y + p.from.y * k;
  const w = box.width / p.scale;
  const h = box.height / p.scale;
  const k2 = w / width;
  return { x: ax - p.to.x * k2, y: ay - p.to.y * k2, width: w, height: h };
}
