import type { Mark } from "./layout.js";

/** A mark's radius in px, as the SVG circles had it. */
export const MARK_R = 4;
/** How far from a mark's centre a pointer still finds it: a mouse, and a finger (coarser). */
export const HIT_MOUSE = MARK_R + 3;
export const HIT_TOUCH = 14;
/** Width of the x buckets the pointer is looked up in (px). */
const CELL = 16;

/** A mark at its place in the chart's px (its row and offset resolved). */
export interface Placed {
  x: number;
  y: number;
  mark: Mark;
}

/**
 * Where each mark is drawn in the chart: x after the row labels, y at the centre of its row plus its
 * offset for marks on the same day. Pure.
 * @example placeMarks([{ key: "a", x: 10, row: 2, dy: 4, item }], [0, 2], 40, 26, 78)[0] // { x: 88, y: 83, mark }
 */
export function placeMarks(marks: readonly Mark[], rows: readonly number[], top: number, rowHeight: number, left: number): Placed[] {
  const centre = new Map(rows.map((row, i) => [row, top + i * rowHeight + rowHeight / 2]));
  return marks.map((mark) => ({ x: left + mark.x, y: (centre.get(mark.row) ?? top + rowHeight / 2) + mark.dy, mark }));
}

/**
 * The marks bucketed by x, so that a pointer is matched against the few marks near it, not all of
 * them (thousands on the unfiltered timeline, at every pointer move). The buckets are made at the
 * first look-up, not at every zoom step: the wheel moves the marks far more often than a pointer
 * asks for one.
 * @example new MarkIndex(placed).hit(88, 83, HIT_MOUSE)?.mark.key // "a"
 */
export class MarkIndex {
  private built: { cells: Map<number, number[]>; byKey: Map<string, Placed> } | null = null;

  constructor(readonly placed: readonly Placed[]) {}

  private index(): { cells: Map<number, number[]>; byKey: Map<string, Placed> } {
    if (this.built) return this.built;
    const cells = new Map<number, number[]>();
    const byKey = new Map<string, Placed>();
    this.placed.forEach((p, i) => {
      const cell = Math.floor(p.x / CELL);
      const list = cells.get(cell);
      if (list) list.push(i);
      else cells.set(cell, [i]);
      byKey.set(p.mark.key, p);
    });
    return (this.built = { cells, byKey });
  }

  /** The mark nearest (x, y) within `radius`; of two as near, the one drawn last (on top). */
  hit(x: number, y: number, radius: number): Placed | null {
    let best: Placed | null = null;
    let bestIndex = -1;
    let bestD = radius * radius;
    const { cells } = this.index();
    for (let cell = Math.floor((x - radius) / CELL); cell <= Math.floor((x + radius) / CELL); cell++) {
      for (const i of cells.get(cell) ?? []) {
        const p = this.placed[i]!;
        const d = (p.x - x) ** 2 + (p.y - y) ** 2;
        if (d < bestD || (d === bestD && i > bestIndex)) {
          best = p;
          bestIndex = i;
          bestD = d;
        }
      }
    }
    return best;
  }

  /** A mark by its key, where it is drawn now (null once out of the view). */
  get(key: string): Placed | null {
    // A card pinned while the wheel turns asks at every step: one pass, without making the buckets.
    return this.built ? (this.built.byKey.get(key) ?? null) : (this.placed.find((p) => p.mark.key === key) ?? null);
  }
}

/** How a mark is painted: its fill and fill opacity, as the CSS gives them to its classes. */
export interface Paint {
  fill: string;
  opacity: number;
}

/** The classes a mark has (the legend's circles have the same, so their colours match). */
export function markClass(mark: Mark): string {
  return `mark edge-${mark.item.edge} p-${mark.item.statement.p}`;
}

/** The subset of a 2D context the marks are drawn with (so a test can record the calls). */
export type MarkContext = Pick<CanvasRenderingContext2D, "setTransform" | "clearRect" | "beginPath" | "arc" | "fill"> & {
  fillStyle: CanvasRenderingContext2D["fillStyle"];
  globalAlpha: number;
};

/**
 * Paints the marks on a canvas of `width` × `height` chart px at `dpr` device px each, one circle at a
 * time in order (as the SVG did, so overlapping marks darken each other the same way).
 * @example drawMarks(canvas.getContext("2d")!, placed, (m) => paints.get(markClass(m))!, 1000, 300, devicePixelRatio)
 */
export function drawMarks(ctx: MarkContext, placed: readonly Placed[], paint: (m: Mark) => Paint, width: number, height: number, dpr: number): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  let last: Paint | null = null;
  for (const p of placed) {
    const style = paint(p.mark);
    if (style !== last) {
      ctx.fillStyle = style.fill;
      ctx.globalAlpha = style.opacity;
      last = style;
    }
    ctx.beginPath();
    ctx.arc(p.x, p.y, MARK_R, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.globalAlpha = 1;
}
