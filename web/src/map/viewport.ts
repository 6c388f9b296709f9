/**
 * The map's viewport: the part of the projected world shown (an SVG viewBox), zoomed and panned
 * within the world's bounds, a region preset's frame, and the size the map is drawn at. Pure.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The deepest zoom: a twentieth of the world's width. */
export const MIN_WIDTH_SHARE = 1 / 20;

/**
 * The tallest frame a region gets, as width over height. The Americas (about 1 : 2 alone) are widened to
 * this: at 0.8 the frame took in Iceland and Africa's west coast (Senegal to Western Sahara), at 0.7 it
 * ends at the Atlantic; a 390 px phone's map is then 527 px tall, which leaves the page a third of an
 * 844 px screen to scroll by (the map takes every touch on it).
 */
export const TALLEST_ASPECT = 0.7;

/** The margin around a region's states in its frame, as a share of their extent on each side. */
const REGION_MARGIN = 0.03;

/**
 * A region preset's frame: the extent of its states with a margin, widened around its centre to an
 * aspect between TALLEST_ASPECT and the world's (a tall region gets a tall frame, a wide one the
 * world's shape), within the bounds.
 * @example regionFrame({ x: 200, y: 20, width: 200, height: 400 }, { x: 0, y: 0, width: 960, height: 470 }) // { x: 151.6, y: 8, width: 296.8, height: 424 }
 */
export function regionFrame(extent: Box, bounds: Box): Box {
  const padX = extent.width * REGION_MARGIN;
  const padY = extent.height * REGION_MARGIN;
  const padded = { x: extent.x - padX, y: extent.y - padY, width: extent.width + 2 * padX, height: extent.height + 2 * padY };
  const aspect = Math.min(bounds.width / bounds.height, Math.max(TALLEST_ASPECT, padded.width / padded.height));
  return fitAspect(padded, aspect, bounds);
}

/** Widens a box to an aspect (width over height) around its centre, then keeps it within the bounds. */
export function fitAspect(box: Box, aspect: number, bounds: Box): Box {
  let { width, height } = box;
  if (width / height < aspect) width = height * aspect;
  else height = width / aspect;
  return clampBox({ x: box.x + box.width / 2 - width / 2, y: box.y + box.height / 2 - height / 2, width, height }, bounds);
}

/**
 * Keeps a box within the bounds, in its own shape: no larger than they hold, no smaller than the
 * deepest zoom.
 */
export function clampBox(box: Box, bounds: Box): Box {
  const aspect = box.width / box.height;
  const width = Math.min(largestWidth(aspect, bounds), Math.max(bounds.width * MIN_WIDTH_SHARE, box.width));
  const height = width / aspect;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const x = Math.min(bounds.x + bounds.width - width, Math.max(bounds.x, cx - width / 2));
  const y = Math.min(bounds.y + bounds.height - height, Math.max(bounds.y, cy - height / 2));
  return { x, y, width, height };
}

/** The widest box of an aspect that the bounds hold (a frame taller than the world's is as tall as the world). */
function largestWidth(aspect: number, bounds: Box): number {
  return Math.min(bounds.width, bounds.height * aspect);
}

/**
 * Zooms by `factor` (< 1 zooms in) around the map point (cx, cy), which stays where it is on screen.
 * @example zoomBox({ x: 0, y: 0, width: 960, height: 470 }, 0.5, 480, 235, bounds) // { x: 240, y: 117.5, width: 480, height: 235 }
 */
export function zoomBox(box: Box, factor: number, cx: number, cy: number, bounds: Box): Box {
  const width = Math.min(largestWidth(box.width / box.height, bounds), Math.max(bounds.width * MIN_WIDTH_SHARE, box.width * factor));
  const k = width / box.width;
  const height = box.height * k;
  return clampBox({ x: cx - (cx - box.x) * k, y: cy - (cy - box.y) * k, width, height }, bounds);
}

/** Moves the box by (dx, dy) map units, within the bounds. */
export function panBox(box: Box, dx: number, dy: number, bounds: Box): Box {
  return clampBox({ ...box, x: box.x + dx, y: box.y + dy }, bounds);
}

/** How many times the box magnifies the whole map. @example zoomLevel({ x: 0, y: 0, width: 240, height: 117.5 }, bounds) // 4 */
export function zoomLevel(box: Box, bounds: Box): number {
  return bounds.width / box.width;
}

/**
 * The size in pixels the map is drawn at, in its box's shape (nothing outside the box shows): as wide
 * as the page allows, a taller-than-the-world's box as tall as that makes it up to `maxHeight` (a
 * share of the screen's height) but never less tall than the world's map would be, and then narrower.
 * @example frameSize({ x: 0, y: 0, width: 400, height: 500 }, { x: 0, y: 0, width: 960, height: 470 }, 1146, 680) // { width: 544, height: 680 }
 */
export function frameSize(box: Box, bounds: Box, pageWidth: number, maxHeight: number): { width: number; height: number } {
  const aspect = box.width / box.height;
  const height = Math.min(pageWidth / aspect, Math.max(maxHeight, (pageWidth * bounds.height) / bounds.width));
  return { width: height * aspect, height };
}
