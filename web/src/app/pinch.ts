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

/**
 * The pointers down on a drawing, for a two-finger gesture: where each is, and where the first two
 * were when the second touched down with the drawing's state then (the timeline's span, the map's box).
 * A pinch lasts from its second finger down until its last finger is up; it moves only while two are down.
 *
 * @example const f = new TwoFingers<View>(); f.down(1, a, () => view); f.down(2, b, () => view) // true
 */
export class TwoFingers<T> {
  private readonly at = new Map<number, Point>();
  private began: { start: [Point, Point]; state: T } | null = null;

  /** How many pointers are down. */
  get count(): number {
    return this.at.size;
  }

  /** Whether a pinch began since all fingers were last up (the lift of its fingers is no tap). */
  get pinched(): boolean {
    return this.began !== null;
  }

  /** The pointers down. */
  ids(): number[] {
    return [...this.at.keys()];
  }

  /** A pointer touched down at `p`; true when it is the second, which begins a pinch from `state()`. */
  down(id: number, p: Point, state: () => T): boolean {
    this.at.set(id, p);
    if (this.at.size !== 2) return false;
    this.began = { start: this.two(), state: state() };
    return true;
  }

  /** A pointer moved to `p`; the pinch so far and the state it began from, while two fingers are down. */
  move(id: number, p: Point): { pinch: Pinch; state: T } | null {
    if (this.at.has(id)) this.at.set(id, p);
    return this.began && this.at.size >= 2 ? { pinch: pinchOf(this.began.start, this.two()), state: this.began.state } : null;
  }

  /** A pointer lifted or was cancelled; true when it was one of a pinch's fingers. */
  up(id: number): boolean {
    const wasPinch = this.at.delete(id) && this.began !== null;
    if (this.at.size === 0) this.began = null;
    return wasPinch;
  }

  private two(): [Point, Point] {
    return [...this.at.values()].slice(0, 2) as [Point, Point];
  }
}
