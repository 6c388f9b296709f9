import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoBounds, geoContains } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { projectWorld, worldProjection } from "./geometry.js";
import { REGIONS } from "./regions.js";
import { TALLEST_ASPECT, type Box } from "./viewport.js";

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8")) as unknown;

describe("projectWorld", () => {
  const world = projectWorld(topology);
  it("projects every country but Antarctica to a path, keyed by ISO code or name", () => {
    expect(world.shapes.length).toBeGreaterThan(170);
    expect(world.shapes.find((s) => s.id === "392")?.name).toBe("Japan");
    expect(world.shapes.find((s) => s.name === "Kosovo")?.key).toBe("name:Kosovo");
    expect(world.shapes.some((s) => s.name === "Antarctica")).toBe(false);
    expect(world.shapes.every((s) => s.d.startsWith("M"))).toBe(true);
  });
  it("is what the explorer loads, projected ahead of time (world-110m.json; to refresh: node --import tsx web/src/map/gen-world.mjs)", () => {
    const shipped = JSON.parse(readFileSync(new URL("./world-110m.json", import.meta.url), "utf8")) as unknown;
    expect(shipped).toEqual(JSON.parse(JSON.stringify(world)));
  });

  it("keeps ISO codes zero-padded as the API gives them", () => {
    expect(world.shapes.find((s) => s.name === "Afghanistan")?.id).toBe("004");
  });

  it("anchors a state's name on its largest polygon: France in France, not in French Guiana", () => {
    const france = world.shapes.find((s) => s.id === "250")!;
    const germany = world.shapes.find((s) => s.id === "276")!;
    expect(Math.abs(france.anchor[0] - germany.anchor[0])).toBeLessThan(30);
    expect(Math.abs(france.anchor[1] - germany.anchor[1])).toBeLessThan(30);
    expect(world.shapes.find((s) => s.id === "156")!.area).toBeGreaterThan(world.shapes.find((s) => s.id === "410")!.area * 50);
  });

  it("gives small states and islands a point, Singapore and Malta among them", () => {
    const ids = world.points.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(["702", "470", "048", "442", "584"]));
    const singapore = world.points.find((p) => p.id === "702")!;
    const malaysia = world.shapes.find((s) => s.id === "458")!;
    expect(Math.hypot(singapore.x - malaysia.anchor[0], singapore.y - malaysia.anchor[1])).toBeLessThan(40);
  });

  const regions = ["east-asia", "southeast-asia", "europe", "americas", "africa", "middle-east"] as const;

  it.each(regions)("frames %s around all its states, in a shape between the world's and the tallest", (region) => {
    const box = world.regions[region];
    const states = new Set<string>(REGIONS[region]);
    const inside = ([x, y]: readonly [number, number]) => x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height;
    const anchors = [...world.shapes.filter((s) => states.has(s.key)).map((s) => [s.key, s.anchor] as const), ...world.points.filter((p) => states.has(p.key)).map((p) => [p.key, [p.x, p.y]] as const)];
    expect(anchors.length).toBeGreaterThan(4);
    expect(anchors.filter(([, at]) => !inside(at)).map(([key]) => key)).toEqual([]);
    expect(box.width / box.height).toBeGreaterThanOrEqual(TALLEST_ASPECT - 1e-9);
    expect(box.width / box.height).toBeLessThanOrEqual(world.width / world.height + 1e-9);
    expect(box.width).toBeLessThan(world.width / 2);
  });

  // Of the land a region preset shows, how much is its own states': sampled on a 40 × 40 grid over the frame.
  // Three-fifths at least, in every region: the rest is the neighbours a region cannot be shown without (India
  // and Russia beside China, Sudan beside Egypt). Before the frames followed the regions' shapes they were all
  // 2 : 1, and the Americas' land was 31 % of it (Russia 13 %, China 7 %), the Middle East's 28 %, Africa's 44 %
  // (Brazil 13 %), Europe's 47 %, Southeast Asia's 59 %; East Asia's was 69 %.
  it.each(regions)("shows land that is mostly %s's own", (region) => {
    expect(landShare(world.regions[region], new Set<string>(REGIONS[region]))).toBeGreaterThanOrEqual(0.6);
  });
  it("shows the Americas with hardly any other land, and no European or African state's mainland", () => {
    const box = world.regions.americas;
    expect(landShare(box, new Set<string>(REGIONS.americas))).toBeGreaterThan(0.85);
    const others = new Set<string>([...REGIONS.europe, ...REGIONS.africa]);
    const seen = world.shapes.filter((s) => others.has(s.key) && s.anchor[0] > box.x && s.anchor[0] < box.x + box.width && s.anchor[1] > box.y && s.anchor[1] < box.y + box.height);
    expect(seen.map((s) => s.name)).toEqual([]);
  });
});

const countries = (() => {
  const topo = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return (feature(topo, topo.objects.countries).features as Feature<Geometry, { name: string }>[])
    .filter((f) => f.properties.name !== "Antarctica")
    .map((f) => ({ f, key: f.id === undefined ? `name:${f.properties.name}` : String(f.id), bounds: geoBounds(f) }));
})();

/** The share of the land seen in a box (grid points on a country, outside the sphere not counted) that is the given states'. */
function landShare(box: Box, states: ReadonlySet<string>, n = 40): number {
  const projection = worldProjection();
  let land = 0;
  let own = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = box.x + ((i + 0.5) / n) * box.width;
      const y = box.y + ((j + 0.5) / n) * box.height;
      const at = projection.invert?.([x, y]);
      const back = at && projection(at);
      if (!at || !back || Math.hypot(back[0] - x, back[1] - y) > 0.01) continue;
      const country = countries.find((c) => withinBounds(c.bounds, at) && geoContains(c.f, at));
      if (!country) continue;
      land++;
      if (states.has(country.key)) own++;
    }
  }
  return own / land;
}

/** Whether a point lies in a country's lon/lat bounds (which run across the antimeridian when west > east). */
function withinBounds([[w, s], [e, n]]: [[number, number], [number, number]], [lon, lat]: [number, number]): boolean {
  if (lat < s || lat > n) return false;
  return w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
}
