import { describe, expect, it } from "vitest";
import { clampBox, fitAspect, panBox, parseRegion, projectBox, zoomBox, zoomLevel } from "./viewport.js";

const bounds = { x: 0, y: 0, width: 960, height: 480 };

describe("the map's viewport", () => {
  it("zooms around a point that stays in place, down to a twentieth of the world and out to all of it", () => {
    const z = zoomBox(bounds, 0.5, 480, 240, bounds);
    expect(z).toEqual({ x: 240, y: 120, width: 480, height: 240 });
    const around = zoomBox(bounds, 0.5, 100, 100, bounds);
    expect((100 - around.x) / around.width).toBeCloseTo(100 / 960);
    let deep = bounds;
    for (let i = 0; i < 20; i++) deep = zoomBox(deep, 0.5, 500, 200, bounds);
    expect(zoomLevel(deep, bounds)).toBeCloseTo(20);
    expect(zoomBox(z, 8, 480, 240, bounds)).toEqual(bounds);
  });

  it("pans within the world", () => {
    const z = { x: 240, y: 120, width: 480, height: 240 };
    expect(panBox(z, 100, 0, bounds)).toEqual({ ...z, x: 340 });
    expect(panBox(z, 10_000, -10_000, bounds)).toEqual({ ...z, x: 480, y: 0 });
    expect(clampBox({ x: -50, y: -50, width: 5000, height: 10 }, bounds)).toEqual(bounds);
  });

  it("widens a region to the map's shape around its centre", () => {
    expect(fitAspect({ x: 100, y: 100, width: 100, height: 100 }, bounds)).toEqual({ x: 50, y: 100, width: 200, height: 100 });
  });

  it("projects a region's degrees to the box that holds all its edges", () => {
    // A plate carrée 960 wide: 2.667 units a degree, north up.
    const k = 960 / 360;
    const project = ([lon, lat]: [number, number]): [number, number] => [(lon + 180) * k, (90 - lat) * k];
    const box = projectBox(project, [95, 15, 150, 50], bounds);
    expect(box.x).toBeLessThanOrEqual((95 + 180) * k);
    expect(box.x + box.width).toBeGreaterThanOrEqual((150 + 180) * k - 1e-9);
    expect(box.y).toBeLessThanOrEqual((90 - 50) * k);
    expect(box.y + box.height).toBeGreaterThanOrEqual((90 - 15) * k - 1e-9);
    expect(box.width / box.height).toBeCloseTo(2);
  });

  it.each([
    ["east-asia", "east-asia"],
    ["middle-east", "middle-east"],
    ["atlantis", "world"],
    ["toString", "world"],
    [null, "world"],
  ] as const)("reads the region %j as %s", (value, want) => {
    expect(parseRegion(value)).toBe(want);
  });
});
