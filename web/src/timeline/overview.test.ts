import { describe, expect, it } from "vitest";
import { brushOf, eraBands, histogram } from "./overview.js";

describe("the overview strip", () => {
  it("counts the items in each stretch of the extent, leaving out those outside it", () => {
    const items = ["1899-06-01", "1900-01-01", "1949-12-31", "1950-01-01", "1999-12-31", "2000-12-31"].map((date) => ({ date }));
    expect(histogram(items, { start: 1900, end: 2000 }, 4)).toEqual([1, 1, 1, 1]);
  });

  it("labels the eras whose band holds the label, and leaves the narrow ones to the legend", () => {
    const bands = eraBands({ start: 1580, end: 2030 }, 450, (era) => (era.id === "war" ? 30 : 20));
    const labelled = Object.fromEntries(bands.map((b) => [b.era.id, b.labelled]));
    // 1 px a year: Sakoku has 214, the war 8, the occupation 7.
    expect(labelled).toMatchObject({ sakoku: true, meiji: true, war: false, occupation: false, "cold-war": true, "post-cold-war": true });
  });

  it("leaves out eras outside the view and cuts those across its edges", () => {
    const bands = eraBands({ start: 1950, end: 2000 }, 500, () => 10);
    expect(bands.map((b) => [b.era.id, Math.round(b.x1), Math.round(b.x2)])).toEqual([
      ["occupation", 0, 20],
      ["cold-war", 0, 410],
      ["post-cold-war", 410, 500],
    ]);
  });

  it.each([
    [{ start: 1950, end: 2000 }, { x: 500, width: 500 }],
    [{ start: 1999.99, end: 2000 }, { x: 994, width: 6 }],
  ])("marks the view %o on the strip", (view, want) => {
    const got = brushOf(view, { start: 1900, end: 2000 }, 1000);
    expect(Math.round(got.x)).toBe(want.x);
    expect(Math.round(got.width)).toBe(want.width);
  });
});
