import { describe, expect, it } from "vitest";
import { brushOf, countsByYear, eraBands, histogram } from "./overview.js";

describe("the overview strip", () => {
  it("adds up each year's items in the stretch of the extent that holds the year, leaving out years outside it", () => {
    const counts = new Map([[1899, 5], [1900, 1], [1924, 2], [1925, 3], [1949, 1], [1950, 4], [1999, 6], [2000, 7]]);
    expect(histogram(counts, { start: 1900, end: 2000 }, 4)).toEqual([3, 4, 4, 6]);
  });

  it("counts items in hand by year", () => {
    const items = ["1899-06-01", "1900-01-01", "1900-12-31", "2000-12-31"].map((date) => ({ date }));
    expect([...countsByYear(items)]).toEqual([[1899, 1], [1900, 2], [2000, 1]]);
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
