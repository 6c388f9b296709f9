import { describe, expect, it } from "vitest";
import { decimalYear } from "../time/dates.js";
import { rangeOfView, viewOfRange } from "./range.js";
import { fullExtent } from "./scale.js";

const extent = fullExtent(2030);

describe("the timeline's range in the address", () => {
  it.each([
    ["nothing: 1945 to today", { from: null, to: null }, { start: 1945, end: 2030 }],
    ["years, the end inclusive", { from: "1970", to: "1979" }, { start: 1970, end: 1980 }],
    ["only a start", { from: "1600", to: null }, { start: 1600, end: 2030 }],
    ["months", { from: "1972-09", to: "1972-10" }, { start: decimalYear("1972-09")!, end: decimalYear("1972-11")! }],
    ["days", { from: "1945-08-15", to: "1945-09-02" }, { start: decimalYear("1945-08-15")!, end: decimalYear("1945-09-03")! }],
    ["a range that runs backwards: the default", { from: "1980", to: "1970" }, { start: 1945, end: 2030 }],
    ["nonsense: the default", { from: "soon", to: "later" }, { start: 1945, end: 2030 }],
  ] as const)("reads %s", (_, range, want) => {
    const view = viewOfRange(range, extent);
    expect(view.start).toBeCloseTo(want.start, 9);
    expect(view.end).toBeCloseTo(want.end, 9);
  });

  it.each([
    [{ from: null, to: null }],
    [{ from: "1970", to: "1979" }],
    [{ from: "1972-09", to: "1972-10" }],
    [{ from: "1945-08-15", to: "1945-09-02" }],
    // A week of a leap year (seven days of 1972 are 7/366 of it): once widened to 7/365, read "to 2 Oct".
    [{ from: "1972-09-25", to: "1972-10-01" }],
    [{ from: "1945-08-15", to: "1945-08-21" }],
  ])("writes back what it read: %o", (range) => {
    expect(rangeOfView(viewOfRange(range, extent), extent)).toEqual(range);
  });

  it("writes a zoomed view at the precision it needs", () => {
    expect(rangeOfView({ start: 1972.5, end: 1973.5 }, extent)).toEqual({ from: "1972-07", to: "1973-07" });
    expect(rangeOfView({ start: decimalYear("1972-09-25")!, end: decimalYear("1972-10-02")! }, extent)).toEqual({ from: "1972-09-25", to: "1972-10-01" });
  });
});
