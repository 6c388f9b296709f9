import { geoEqualEarth, geoPath, geoGraticule10 } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, Geometry } from "geojson";
import type { Shape } from "./join.js";

/** A projected country: its shape identity and SVG path. */
export interface ProjectedShape extends Shape {
  key: string;
  d: string;
}

export interface ProjectedWorld {
  width: number;
  height: number;
  shapes: ProjectedShape[];
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
      return { id, name: f.properties.name, key: id ?? `name:${f.properties.name}`, d: path(f) ?? "" };
    });
  return { width, height, shapes, sphere: path({ type: "Sphere" }) ?? "", graticule: path(geoGraticule10()) ?? "" };
}
