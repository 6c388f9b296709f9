import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { placesMap } from "./places.js";

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8")) as unknown;

describe("placesMap", () => {
  it("puts a single islet inside the frame with its neighbours' land around it", () => {
    const { land, points } = placesMap(topology, [{ id: "liancourt-rocks", label: "Liancourt Rocks", coords: [131.8613, 37.2428] }], 400, 260);
    const [p] = points;
    expect(p!.x).toBeGreaterThan(10);
    expect(p!.x).toBeLessThan(390);
    expect(p!.y).toBeGreaterThan(10);
    expect(p!.y).toBeLessThan(250);
    expect(land.map((l) => l.key)).toEqual(expect.arrayContaining(["392", "410"]));
  });

  it("frames several places together, west to east", () => {
    const { points } = placesMap(
      topology,
      [
        { id: "a", label: "Habomai", coords: [146.0, 43.4] },
        { id: "b", label: "Etorofu", coords: [148.0, 45.0] },
      ],
      400,
      260,
    );
    expect(points[0]!.x).toBeLessThan(points[1]!.x);
    expect(points[0]!.y).toBeGreaterThan(points[1]!.y);
  });
});
