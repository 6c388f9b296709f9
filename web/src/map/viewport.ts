import type { MessageKey } from "../i18n/dict.js";

/**
 * The map's viewport: the part of the projected world shown (an SVG viewBox), zoomed and panned
 * within the world's bounds, and the region presets. Pure.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Region presets as [west, south, east, north] in degrees. */
export const REGIONS = {
  world: null,
  "east-asia": [95, 15, 150, 50],
  "southeast-asia": [92, -12, 142, 24],
  europe: [-12, 34, 42, 66],
  americas: [-170, -56, -30, 72],
  africa: [-20, -36, 55, 38],
  "middle-east": [25, 10, 65, 43],
} as const satisfies Record<string, readonly [number, number, number, number] | null>;

export type RegionId = keyof typeof REGIONS;
export const REGION_IDS = Object.keys(REGIONS) as RegionId[];
export const REGION_LABEL: Record<RegionId, MessageKey> = {
  world: "map.region.world",
  "east-asia": "map.region.east-asia",
  "southeast-asia": "map.region.southeast-asia",
  europe: "map.region.europe",
  americas: "map.region.americas",
  africa: "map.region.africa",
  "middle-east": "map.region.middle-east",
};

/** The region named in the address, or the whole world. @example parseRegion("europe") // "europe" */
export function parseRegion(value: string | null): RegionId {
  return value && Object.hasOwn(REGIONS, value) ? (value as RegionId) : "world";
}

/** The deepest zoom: a tenth of the world's width (about 20× on the map). */
export const MIN_WIDTH_SHARE = 1 / 20;

/**
 * The box a lon/lat rectangle takes once projected: the bounds of points along its edges (a
 * pseudo-cylindrical projection bends them), widened to the map's aspect ratio and kept within it.
 * @example projectBox(([lon, lat]) => [lon, -lat], [0, 0, 10, 10], { x: -180, y: -90, width: 360, height: 180 })
 */
export function projectBox(project: (p: [number, number]) => [number, number] | null, bbox: readonly [number, number, number, number], bounds: Box): Box {
  const [w, s, e, n] = bbox;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i <= 8; i++) {
    const lon = w + ((e - w) * i) / 8;
    const lat = s + ((n - s) * i) / 8;
    for (const p of [project([lon, s]), project([lon, n]), project([w, lat]), project([e, lat])]) {
      if (!p) continue;
      xs.push(p[0]);
      ys.push(p[1]);
    }
  }
  const box = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  return fitAspect(box, bounds);
}

/** Widens a box to the bounds' aspect ratio around its centre, then keeps it within the bounds. */
export function fitAspect(box: Box, bounds: Box): Box {
  const aspect = bounds.width / bounds.height;
  let { width, height } = box;
  if (width / height < aspect) width = height * aspect;
  else height = width / aspect;
  return clampBox({ x: box.x + box.width / 2 - width / 2, y: box.y + box.height / 2 - height / 2, width, height }, bounds);
}

/** Keeps a box within the bounds (no larger than them, no smaller than the deepest zoom). */
export function clampBox(box: Box, bounds: Box): Box {
  const width = Math.min(bounds.width, Math.max(bounds.width * MIN_WIDTH_SHARE, box.width));
  const height = (width * bounds.height) / bounds.width;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const x = Math.min(bounds.x + bounds.width - width, Math.max(bounds.x, cx - width / 2));
  const y = Math.min(bounds.y + bounds.height - height, Math.max(bounds.y, cy - height / 2));
  return { x, y, width, height };
}

/**
 * Zooms by `factor` (< 1 zooms in) around the map point (cx, cy), which stays where it is on screen.
 * @example zoomBox({ x: 0, y: 0, width: 960, height: 470 }, 0.5, 480, 235, bounds) // { x: 240, y: 117.5, width: 480, height: 235 }
 */
export function zoomBox(box: Box, factor: number, cx: number, cy: number, bounds: Box): Box {
  const width = Math.min(bounds.width, Math.max(bounds.width * MIN_WIDTH_SHARE, box.width * factor));
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
