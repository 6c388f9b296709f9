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
  it("keeps ISO codes zero-padded as the API gives them", () => {
    expect(world.shapes.find((s) => s.name === "Afghanistan")?.id).toBe("004");
  });
});
