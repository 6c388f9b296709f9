import { describe, expect, it } from "vitest";
import { decimalYear } from "../time/dates.js";
import { calendarTicks, clampView, defaultView, fullExtent, MIN_SPAN, pan, ticks, toX, toYear, zoom } from "./scale.js";

const extent = fullExtent(2030);

describe("the timeline scale", () => {
  it("maps years to pixels and back", () => {
    const view = { start: 1900, end: 2000 };
    expect(toX(view, 1000, 1950)).toBe(500);
    expect(toYear(view, 1000, 250)).toBe(1925);
  });

  it("zooms around a year, which stays in place", () => {
    const view = { start: 1900, end: 2000 };
    const zoomed = zoom(view, 0.5, 1950, extent);
    expect(zoomed).toEqual({ start: 1925, end: 1975 });
    const around = zoom(view, 0.5, 1920, extent);
    expect(toX(around, 1000, 1920)).toBeCloseTo(toX(view, 1000, 1920));
  });

  it("zooms from the whole extent down to a week, never further in nor out past the 1580s and today", () => {
    let view = extent;
    for (let i = 0; i < 40; i++) view = zoom(view, 0.5, 1972.7, extent);
    expect(view.end - view.start).toBeCloseTo(MIN_SPAN);
    expect((view.end - view.start) * 365).toBeCloseTo(7);
    const tiny = zoom({ start: 1950, end: 1952 }, 0.001, 1951, extent);
    expect(tiny.end - tiny.start).toBeCloseTo(MIN_SPAN);
    expect(zoom(extent, 4, 1800, extent)).toEqual(extent);
  });

  it("pans within the extent", () => {
    expect(pan({ start: 1590, end: 1600 }, -50, extent)).toEqual({ start: 1580, end: 1590 });
    expect(pan({ start: 2000, end: 2020 }, 50, extent)).toEqual({ start: 2010, end: 2030 });
    expect(clampView({ start: 1000, end: 3000 }, extent)).toEqual(extent);
  });

  it.each([
    [{ start: 1900, end: 2000 }, 5, [1900, 1920, 1940, 1960, 1980, 2000]],
    [{ start: 1580, end: 2030 }, 8, [1600, 1700, 1800, 1900, 2000]],
    [{ start: 1971.5, end: 1974.5 }, 6, [1972, 1973, 1974]],
  ])("ticks %o in round steps", (view, count, want) => {
    expect(ticks(view, count)).toEqual(want);
  });

  it("opens on 1945 to today", () => {
    expect(defaultView(extent)).toEqual({ start: 1945, end: 2030 });
  });

  it.each([
    ["centuries", { start: 1580, end: 2030 }, 8, ["1600", "1700", "1800", "1900", "2000"]],
    ["decades", { start: 1945, end: 2030 }, 10, ["1950", "1960", "1970", "1980", "1990", "2000", "2010", "2020", "2030"]],
    ["months", { start: decimalYear("1972-06-15")!, end: decimalYear("1973-02-01")! }, 6, ["1972-07", "1972-09", "1972-11", "1973-01"]],
    ["days", { start: decimalYear("1972-09-25")!, end: decimalYear("1972-10-02")! }, 8, ["1972-09-25", "1972-09-26", "1972-09-27", "1972-09-28", "1972-09-29", "1972-09-30", "1972-10-01", "1972-10-02"]],
    // A week on a 390 px phone, where three ticks fit: every third day, not only the 1st of the month.
    ["a week on a phone", { start: decimalYear("1972-09-25")!, end: decimalYear("1972-10-02")! }, 3, ["1972-09-25", "1972-09-28", "1972-10-01"]],
    ["weeks of days", { start: decimalYear("1972-09-01")!, end: decimalYear("1972-10-01")! }, 6, ["1972-09-01", "1972-09-08", "1972-09-15", "1972-09-22", "1972-10-01"]],
  ] as const)("ticks %s at their own precision", (_, view, count, want) => {
    const got = calendarTicks(view, count);
    expect(got.map((t) => t.date)).toEqual(want);
    for (const t of got) expect(t.at).toBeCloseTo(decimalYear(t.date)!, 9);
  });
});
