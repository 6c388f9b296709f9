import type { Box } from "./viewport.js";

/**
 * Which states get a name on the map at a zoom: those large enough on screen to hold it, largest
 * first, none overlapping another. Pure: sizes in map units and screen pixels come in as numbers.
 */
export interface LabelCandidate {
  key: string;
  text: string;
  /** Where the label sits (the centroid of the largest polygon), in map units. */
  x: number;
  y: number;
  /** The shape's area in map units². */
  area: number;
}

export interface MapLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  /** Font size in map units (a constant size on screen at any zoom). */
  size: number;
}

/** The label's font size on screen, in pixels. */
export const LABEL_PX = 11;

/** A gap on screen, in pixels, between a small shape and the name written beside it. */
const BESIDE_GAP_PX = 5;

/**
 * The labels to draw for a viewport `box` shown `screenWidth` pixels wide; `charPx` is a character's
 * width on screen (wider for Japanese). The shapes in `always` (Japan, the subject of the whole map)
 * are named first and whatever their size: on the shape when it holds the name, else beside it, to
 * the east (the open Pacific, for Japan), or to the west when the east is off the view.
 * @example placeLabels([{ key: "156", text: "China", x: 700, y: 160, area: 4000 }], { x: 0, y: 0, width: 960, height: 470 }, 960, 6.5)[0].text // "China"
 * @example placeLabels([{ key: "392", text: "Japan", x: 790, y: 150, area: 49 }], { x: 0, y: 0, width: 960, height: 470 }, 390, 6.5, new Set(["392"]))[0].text // "Japan"
 */
export function placeLabels(candidates: readonly LabelCandidate[], box: Box, screenWidth: number, charPx: number, always: ReadonlySet<string> = new Set()): MapLabel[] {
  const px = screenWidth / box.width; // screen pixels per map unit
  const size = LABEL_PX / px;
  const placed: { x1: number; y1: number; x2: number; y2: number }[] = [];
  const out: MapLabel[] = [];
  const first = (c: LabelCandidate) => (always.has(c.key) ? 0 : 1);
  for (const c of [...candidates].sort((a, b) => first(a) - first(b) || b.area - a.area)) {
    // A state over several shapes (the USSR in 1975) is named once, on its largest.
    if (out.some((l) => l.text === c.text)) continue;
    if (c.x < box.x || c.x > box.x + box.width || c.y < box.y || c.y > box.y + box.height) continue;
    const textPx = c.text.length * charPx;
    const sidePx = Math.sqrt(c.area) * px;
    // Half the name's width, its halo and a gap (a Japanese name is as wide as its characters: at 2 px,
    // コンゴ民主共和国 and タンザニア touched).
    const half = textPx / px / 2 + 3 / px;
    // The name may overhang the shape (a square of the same area) a little and the shape be of some size.
    const fits = sidePx >= 26 && textPx <= sidePx * 2.5;
    let x = c.x;
    if (!fits) {
      if (!always.has(c.key)) continue;
      const offset = (sidePx / 2 + BESIDE_GAP_PX) / px + half;
      x = c.x + offset + half <= box.x + box.width ? c.x + offset : c.x - offset;
    }
    // The name is drawn centred on y (dominant-baseline middle) with a halo of an eighth of its size on each
    // side: a box of 0.65 size each way and a pixel keeps two stacked names apart (ベネズエラ sat on コロンビア).
    const r = { x1: x - half, x2: x + half, y1: c.y - size * 0.65 - 1 / px, y2: c.y + size * 0.65 + 1 / px };
    // Within the view, or it is cut at its edge (panned on a phone, 北朝鮮 showed only its lower half): Japan alone
    // is named wherever it is.
    if (!always.has(c.key) && (r.x1 < box.x || r.x2 > box.x + box.width || r.y1 < box.y || r.y2 > box.y + box.height)) continue;
    if (placed.some((p) => r.x1 < p.x2 && r.x2 > p.x1 && r.y1 < p.y2 && r.y2 > p.y1)) continue;
    placed.push(r);
    out.push({ key: c.key, text: c.text, x, y: c.y, size });
  }
  return out;
}
