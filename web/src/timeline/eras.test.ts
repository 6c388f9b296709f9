import { describe, expect, it } from "vitest";
import { ERAS, erasAt } from "./eras.js";

describe("eras", () => {
  it.each([
    [1700, ["sakoku"]],
    [1860, []],
    [1900, ["meiji"]],
    [1941, ["war"]],
    [1950, ["occupation", "cold-war"]],
    [1972, ["cold-war"]],
    [2020, ["post-cold-war"]],
  ] as const)("puts %i in %j", (year, want) => {
    expect(erasAt(year, 2030).map((e) => e.id)).toEqual(want);
  });

  it("keeps eras in one lane from overlapping", () => {
    for (const lane of [0, 1]) {
      const inLane = ERAS.filter((e) => e.lane === lane);
      for (let i = 1; i < inLane.length; i++) expect(inLane[i]!.start).toBeGreaterThanOrEqual(inLane[i - 1]!.end ?? Infinity);
    }
  });
});
