import { geoEqualEarth, geoPath, geoGraticule10 } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, Geometry } from "geojson";
import type { Shape } from "./join.js";
import { SMALL_STATES } from "./small-states.js";
import { projectBox, REGION_IDS, REGIONS, type Box, type RegionId } from "./viewport.js";

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
  /** The viewBox of each region preset. */
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
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: "Sphere" },
  );
  const path = geoPath(projection);
  const shapes = features
    .filter((f) => f.properties.name !== "Antarctica")
    .map((f) => {
      const id = f.id === undefined ? undefined : String(f.id);
      const anchor = path.centroid(largestPolygon(f, path));
      return { id, name: f.properties.name, key: id ?? `name:${f.properties.name}`, d: path(f) ?? "", area: path.area(f), anchor: [anchor[0], anchor[1]] as [number, number] };
    });
  const points = SMALL_STATES.flatMap((s) => {
    const p = projection(s.coords);
    return p ? [{ id: s.id, name: s.name, key: s.id, x: p[0], y: p[1], onMap: s.onMap }] : [];
  });
  const bounds = { x: 0, y: 0, width, height };
  const regions = Object.fromEntries(
    REGION_IDS.map((id) => {
      const bbox = REGIONS[id];
      return [id, bbox ? projectBox((c) => projection(c), bbox, bounds) : bounds];
    }),
  ) as Record<RegionId, Box>;
  return { width, height, shapes, points, regions, sphere: path({ type: "Sphere" }) ?? "", graticule: path(geoGraticule10()) ?? "" };
}

/** A state's largest polygon (mainland France, not French Guiana; the lower 48, not Alaska). */
function largestPolygon(f: Feature<Geometry, { name: string }>, path: ReturnType<typeof geoPath>): Feature<Geometry> | Feature<Geometry, { name: string }> {
  if (f.geometry.type !== "MultiPolygon") return f;
  let best: Feature<Geometry> = f;
  let bestArea = -1;
  for (const coordinates of f.geometry.coordinates) {
    const part: Feature<Geometry> = { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates } };
    const area = path.area(part);
    if (area > bestArea) {
      bestArea = area;
      best = part;
    }
  }
  return best;
}
