import { geoMercator, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, Geometry } from "geojson";

export interface Place {
  id: string;
  label: string;
  coords: [number, number];
}

/**
 * A small regional map around some places: the box that holds them, padded by a few degrees so a
 * single islet still shows its neighbours. Returns land paths and the places' positions. Pure.
 * @example placesMap(topology, [{ id: "liancourt-rocks", label: "竹島", coords: [131.86, 37.24] }], 400, 260).points[0]
 */
export function placesMap(topology: unknown, places: readonly Place[], width: number, height: number): { land: { key: string; d: string }[]; points: (Place & { x: number; y: number })[] } {
  const lons = places.map((p) => p.coords[0]);
  const lats = places.map((p) => p.coords[1]);
  const pad = 6;
  const box = {
    type: "MultiPoint" as const,
    coordinates: [
      [Math.min(...lons) - pad, Math.min(...lats) - pad * 0.6],
      [Math.max(...lons) + pad, Math.max(...lats) + pad * 0.6],
    ],
  };
  const projection = geoMercator().fitExtent(
    [
      [10, 10],
      [width - 10, height - 10],
    ],
    box,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection);
  const topo = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const features = feature(topo, topo.objects.countries).features as Feature<Geometry, { name: string }>[];
  const land = features.map((f) => ({ key: String(f.id ?? f.properties.name), d: path(f) ?? "" })).filter((l) => l.d !== "");
  const points = places.map((p) => {
    const [x, y] = projection(p.coords) ?? [0, 0];
    return { ...p, x, y };
  });
  return { land, points };
}
