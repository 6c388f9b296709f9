// Every state in data/ with an ISO code is drawn on the world map, as a shape or as a point: Tuvalu was
// on neither (world-atlas's 50m map lacks it), so the map's legend counted 194 states with diplomatic
// relations today where Japan's page counted 195.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import world from "./world-110m.json" with { type: "json" };

const STATES = join(import.meta.dirname, "..", "..", "..", "data", "states");

const withIso = readdirSync(STATES)
  .filter((f) => f.endsWith(".yaml"))
  // A state's id is its file's name.
  .map((f) => ({ id: f.replace(/\.yaml$/, ""), isoNumeric: (parse(readFileSync(join(STATES, f), "utf8")) as { isoNumeric?: string }).isoNumeric }))
  .filter((s) => s.isoNumeric !== undefined);

describe("the world map draws every state that has an ISO code", () => {
  const drawn = new Set<string | undefined>([...world.shapes.map((s) => s.id), ...world.points.map((p) => p.id)]);

  it("finds the states with ISO codes in data/ (the test reads real files)", () => {
    expect(withIso.length).toBeGreaterThan(150);
  });

  it.each([["tuvalu"], ["nauru"], ["singapore"], ["japan"]])("draws %s", (id) => {
    const state = withIso.find((s) => s.id === id);
    expect(state).toBeDefined();
    expect(drawn.has(state!.isoNumeric)).toBe(true);
  });

  it("leaves no state with an ISO code off the map", () => {
    expect(withIso.filter((s) => !drawn.has(s.isoNumeric)).map((s) => s.id)).toEqual([]);
  });
});
