import { describe, expect, it } from "vitest";
import { clampView, fullExtent, pan, ticks, toX, toYear, zoom } from "./scale.js";

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

  it("never zooms in past two years nor out past the 1580s and today", () => {
    const tiny = zoom({ start: 1950, end: 1952 }, 0.1, 1951, extent);
    expect(tiny.end - tiny.start).toBeCloseTo(2);
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
});
