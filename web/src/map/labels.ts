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

/**
 * The labels to draw for a viewport `box` shown `screenWidth` pixels wide; `charPx` is a character's
 * width on screen (wider for Japanese).
 * @example placeLabels([{ key: "156", text: "China", x: 700, y: 160, area: 4000 }], { x: 0, y: 0, width: 960, height: 470 }, 960, 6.5)[0].text // "China"
 */
export function placeLabels(candidates: readonly LabelCandidate[], box: Box, screenWidth: number, charPx: number): MapLabel[] {
  const px = screenWidth / box.width; // screen pixels per map unit
  const size = LABEL_PX / px;
  const placed: { x1: number; y1: number; x2: number; y2: number }[] = [];
  const out: MapLabel[] = [];
  for (const c of [...candidates].sort((a, b) => b.area - a.area)) {
    // A state over several shapes (the USSR in 1975) is named once, on its largest.
    if (out.some((l) => l.text === c.text)) continue;
    if (c.x < box.x || c.x > box.x + box.width || c.y < box.y || c.y > box.y + box.height) continue;
    const textPx = c.text.length * charPx;
    const sidePx = Math.sqrt(c.area) * px;
    // The name may overhang the shape (a square of the same area) a little and the shape be of some size.
    if (sidePx < 26 || textPx > sidePx * 2.5) continue;
    const half = textPx / px / 2 + 2 / px;
    const r = { x1: c.x - half, x2: c.x + half, y1: c.y - size * 0.7, y2: c.y + size * 0.5 };
    if (placed.some((p) => r.x1 < p.x2 && r.x2 > p.x1 && r.y1 < p.y2 && r.y2 > p.y1)) continue;
    placed.push(r);
    out.push({ key: c.key, text: c.text, x: c.x, y: c.y, size });
  }
  return out;
}
