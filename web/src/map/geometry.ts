import { geoEqualEarth, geoPath, geoGraticule10, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, Geometry } from "geojson";
import type { Shape } from "./join.js";
import { SMALL_STATES } from "./small-states.js";
import { REGION_IDS, REGIONS, type RegionId } from "./regions.js";
import { regionFrame, type Box } from "./viewport.js";

/** A projected country: its shape identity and SVG path. */
export interface ProjectedShape extends Shape {
  key: string;
  d: string;
  /** Area in map units² and where its name goes (the centroid of its largest polygon). */
  area: number;
  anchor: [number, number];
}

/** A state drawn as a point (too small for its shape, or with none on this map); keyed like a shape. */
export interface ProjectedPoint extends Shape {
  key: string;
  x: number;
  y: number;
  /** The state also has a (tiny) shape on the map. */
  onMap: boolean;
}

export interface ProjectedWorld {
  width: number;
  height: number;
  shapes: ProjectedShape[];
  points: ProjectedPoint[];
  /** The viewBox of each region preset: its states' extent, in a shape between the world's and TALLEST_ASPECT. */
  regions: Record<RegionId, Box>;
  sphere: string;
  graticule: string;
}

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * Projects world-atlas's countries (TopoJSON) to SVG paths once; redrawing for a date then only
 * changes fills. Equal Earth keeps areas honest.
 * @example projectWorld(countries110m).shapes.find((s) => s.id === "392")?.name // "Japan"
 */
export function projectWorld(topology: unknown, width = MAP_WIDTH, height = MAP_HEIGHT): ProjectedWorld {
  const topo = topology as Countries;
  const collection = feature(topo, topo.objects.countries);
  const features = collection.features as Feature<Geometry, { name: string }>[];
  const projection = worldProjection(width, height);
  const path = geoPath(projection);
  const shapes: ProjectedShape[] = [];
  // The part of each shape that sets a region's frame: its polygons of a fifth of its largest's area or
  // more (Alaska with the lower 48; not Hawaii, and not French Guiana with France).
  const mainBounds = new Map<string, Box>();
  for (const f of features.filter((f) => f.properties.name !== "Antarctica")) {
    const id = f.id === undefined ? undefined : String(f.id);
    const key = id ?? `name:${f.properties.name}`;
    const parts = polygons(f).map((p) => ({ p, area: path.area(p) }));
    const largest = parts.reduce((a, b) => (b.area > a.area ? b : a));
    const anchor = path.centroid(largest.p);
    shapes.push({ id, name: f.properties.name, key, d: path(f) ?? "", area: path.area(f), anchor: [anchor[0], anchor[1]] });
    mainBounds.set(key, unionBox(parts.filter((q) => q.area >= largest.area / 5).map((q) => boundsOf(path.bounds(q.p)))));
  }
  const points = SMALL_STATES.flatMap((s) => {
    const p = projection(s.coords);
    return p ? [{ id: s.id, name: s.name, key: s.id, x: p[0], y: p[1], onMap: s.onMap }] : [];
  });
  const bounds = { x: 0, y: 0, width, height };
  const regions = Object.fromEntries(
    REGION_IDS.map((id) => {
      const states: ReadonlySet<string> | null = REGIONS[id] ? new Set<string>(REGIONS[id]) : null;
      if (!states) return [id, bounds];
      const extent = unionBox([
        ...[...states].flatMap((k) => mainBounds.get(k) ?? []),
        ...points.filter((p) => states.has(p.key)).map((p) => ({ x: p.x, y: p.y, width: 0, height: 0 })),
      ]);
      return [id, regionFrame(extent, bounds)];
    }),
  ) as Record<RegionId, Box>;
  return { width, height, shapes, points, regions, sphere: path({ type: "Sphere" }) ?? "", graticule: path(geoGraticule10()) ?? "" };
}

/**
 * The map's projection: Equal Earth, the whole sphere fitted within a margin of 4 units.
 * @example worldProjection(960, 470)([139.7, 35.7]) // Tokyo, about [815, 113]
 */
export function worldProjection(width = MAP_WIDTH, height = MAP_HEIGHT): GeoProjection {
  return geoEqualEarth().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: "Sphere" },
  );
}

/** A shape's polygons, each a feature of its own (mainland France, French Guiana, Corsica). */
function polygons(f: Feature<Geometry, { name: string }>): Feature<Geometry>[] {
  if (f.geometry.type !== "MultiPolygon") return [f];
  return f.geometry.coordinates.map((coordinates) => ({ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates } }));
}

function boundsOf([[x0, y0], [x1, y1]]: [[number, number], [number, number]]): Box {
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The smallest box that holds all the boxes given. */
function unionBox(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}
