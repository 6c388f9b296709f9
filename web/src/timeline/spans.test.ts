import { describe, expect, it } from "vitest";
import { covered, planLoad, wholeYears, yearsOf, yearsWanted } from "./spans.js";

const extent = { start: 1580, end: 2027 };
/** Ten items a year from 1800 to 2026. */
const tenAYear = new Map(Array.from({ length: 227 }, (_, i) => [1800 + i, 10] as [number, number]));
const nothingHad = () => false;
const opts = { chunk: 100, first: 100, cap: 100_000, margin: 1 };

describe("the years a timeline view needs", () => {
  it.each([
    ["1945 to today, a target set for 2027 (dated 2027-01-01) included", { start: 1945, end: 2027 }, { first: 1945, last: 2027 }],
    ["a week of 1972", { start: 1972.73, end: 1972.75 }, { first: 1972, last: 1972 }],
    ["a view across New Year", { start: 1972.9, end: 1973.1 }, { first: 1972, last: 1973 }],
  ])("are, for %s, the years it shows", (_, view, want) => {
    expect(yearsOf(view)).toEqual(want);
  });

  it.each([
    ["the 1970s: the decade before and after too", { start: 1970, end: 1980 }, { first: 1960, last: 1990 }],
    ["1945 to today: back to 1863, and no year after the extent", { start: 1945, end: 2027 }, { first: 1863, last: 2027 }],
    ["1600 to 1700: not before the extent", { start: 1600, end: 1700 }, { first: 1580, last: 1800 }],
  ])("with a margin of one view on each side, for %s", (_, view, want) => {
    expect(yearsWanted(view, extent, 1)).toEqual(want);
  });
});

describe("what the timeline fetches for a view", () => {
  it("asks for the view's years first, in time order, in requests of at most `chunk` items, then the margins nearest first", () => {
    const plan = planLoad({ start: 1970, end: 1989.5 }, extent, tenAYear, nothingHad, 0, { ...opts, chunk: 100 });
    expect(plan.chunks.slice(0, 2)).toEqual([
      { first: 1970, last: 1979, count: 100 },
      { first: 1980, last: 1989, count: 100 },
    ]);
    // Then 1950–1969 and 1990–2009, the decades next to the view before those farther out.
    expect(plan.chunks.slice(2).map((c) => `${c.first}-${c.last}`)).toEqual(["1960-1969", "1990-1999", "1950-1959", "2000-2009"]);
    expect(plan.cutAfter).toBeNull();
  });

  it("makes the first request small when nothing is in hand, so that something is drawn soon", () => {
    const plan = planLoad({ start: 1970, end: 1989.5 }, extent, tenAYear, nothingHad, 0, { ...opts, chunk: 100, first: 30 });
    expect(plan.chunks.slice(0, 3)).toEqual([
      { first: 1970, last: 1972, count: 30 },
      { first: 1973, last: 1982, count: 100 },
      { first: 1983, last: 1989, count: 70 },
    ]);
    // Once something is held, requests are of the usual size.
    expect(planLoad({ start: 1970, end: 1989.5 }, extent, tenAYear, (y) => y < 1970, 10, { ...opts, chunk: 100, first: 30 }).chunks[0]).toEqual({ first: 1970, last: 1979, count: 100 });
  });

  it("asks nothing again for years in hand or on their way: a zoom in, or back to a view seen, fetches nothing", () => {
    const had = new Set<number>();
    for (const c of planLoad({ start: 1945, end: 2027 }, extent, tenAYear, nothingHad, 0, opts).chunks) for (let y = c.first; y <= c.last; y++) had.add(y);
    expect(planLoad({ start: 1972, end: 1973 }, extent, tenAYear, (y) => had.has(y), had.size * 10, opts).chunks).toEqual([]);
    expect(planLoad({ start: 1945, end: 2027 }, extent, tenAYear, (y) => had.has(y), had.size * 10, opts).chunks).toEqual([]);
  });

  it("asks only for the years a pan or a zoom out reaches beyond those in hand", () => {
    const had = (y: number) => y >= 1960 && y <= 1989;
    const plan = planLoad({ start: 1950, end: 1969.5 }, extent, tenAYear, had, 300, { ...opts, chunk: 1000 });
    // The view's 1950s, then the margin 1930–1949 before it (1970–1989 is in hand).
    expect(plan.chunks).toEqual([
      { first: 1950, last: 1959, count: 100 },
      { first: 1930, last: 1949, count: 200 },
    ]);
  });

  it("skips years that hold nothing, and lets a year that holds more than a chunk be one request", () => {
    const counts = new Map([[1600, 3], [1700, 5], [1972, 250], [1973, 1]]);
    const plan = planLoad({ start: 1580, end: 2027 }, extent, counts, nothingHad, 0, { ...opts, chunk: 100 });
    expect(plan.chunks).toEqual([
      { first: 1600, last: 1700, count: 8 },
      { first: 1972, last: 1972, count: 250 },
      { first: 1973, last: 1973, count: 1 },
    ]);
  });

  it("stops at the cap within the view and says after which year nothing is loaded; margins never pass the cap", () => {
    const plan = planLoad({ start: 1970, end: 1989.5 }, extent, tenAYear, nothingHad, 0, { ...opts, chunk: 50, first: 50, cap: 120 });
    expect(plan.chunks).toEqual([
      { first: 1970, last: 1974, count: 50 },
      { first: 1975, last: 1979, count: 50 },
    ]);
    expect(plan.cutAfter).toBe(1979);
    const margins = planLoad({ start: 1970, end: 1980 }, extent, tenAYear, nothingHad, 0, { ...opts, chunk: 50, first: 50, cap: 160 });
    expect(margins.cutAfter).toBeNull();
    expect(margins.chunks.reduce((n, c) => n + c.count, 0)).toBeLessThanOrEqual(160);
  });

  it("calls a view covered once every year of it that holds an item is in hand", () => {
    const counts = new Map([[1971, 4], [1972, 3]]);
    expect(covered({ start: 1970, end: 1973 }, counts, (y) => y === 1972)).toBe(false);
    expect(covered({ start: 1970, end: 1973 }, counts, (y) => y === 1971 || y === 1972)).toBe(true);
  });

  it.each([
    ["short of the limit: every year asked", ["1945-08-15", "1950-01-01"], 3, { first: 1945, last: 2027 }],
    ["at the limit: the years before its last item's", ["1945-08-15", "1946-01-01", "1947-03-01"], 3, { first: 1945, last: 1946 }],
    ["at the limit within its first year: none", ["1945-01-01", "1945-02-01"], 2, null],
  ])("takes from a first answer asked with a limit the years it holds whole (%s)", (_, dates, limit, want) => {
    expect(wholeYears({ first: 1945, last: 2027 }, dates, limit)).toEqual(want);
  });
});
