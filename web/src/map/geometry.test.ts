import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { projectWorld } from "./geometry.js";

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

  it.each(["east-asia", "southeast-asia", "europe", "americas", "africa", "middle-east"] as const)("frames %s around its states, in the map's shape", (region) => {
    const box = world.regions[region];
    const inside = { "east-asia": "392", "southeast-asia": "764", europe: "276", americas: "076", africa: "566", "middle-east": "364" }[region];
    const [x, y] = world.shapes.find((s) => s.id === inside)!.anchor;
    expect(x).toBeGreaterThan(box.x);
    expect(x).toBeLessThan(box.x + box.width);
    expect(y).toBeGreaterThan(box.y);
    expect(y).toBeLessThan(box.y + box.height);
    expect(box.width / box.height).toBeCloseTo(world.width / world.height);
    expect(box.width).toBeLessThan(world.width);
  });
});
