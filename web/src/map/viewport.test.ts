import { describe, expect, it } from "vitest";
import { parseRegion } from "./regions.js";
import { clampBox, fitAspect, frameSize, panBox, regionFrame, TALLEST_ASPECT, zoomBox, zoomLevel } from "./viewport.js";

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
  });

  it("widens a box to an aspect around its centre", () => {
    expect(fitAspect({ x: 100, y: 100, width: 100, height: 100 }, 2, bounds)).toEqual({ x: 50, y: 100, width: 200, height: 100 });
    expect(fitAspect({ x: 100, y: 100, width: 100, height: 100 }, 0.5, bounds)).toEqual({ x: 100, y: 50, width: 100, height: 200 });
  });

  it.each([
    ["a tall region (the Americas) gets the tallest frame", { x: 200, y: 20, width: 200, height: 400 }, TALLEST_ASPECT],
    ["a squarish one keeps its own shape", { x: 500, y: 100, width: 100, height: 100 }, 1],
    ["a wide one gets the world's shape, not a strip", { x: 300, y: 100, width: 300, height: 60 }, 2],
  ] as const)("frames a region's states with a margin: %s", (_, extent, aspect) => {
    const frame = regionFrame(extent, bounds);
    expect(frame.width / frame.height).toBeCloseTo(aspect);
    expect(frame.x).toBeLessThan(extent.x);
    expect(frame.y).toBeLessThan(extent.y);
    expect(frame.x + frame.width).toBeGreaterThan(extent.x + extent.width);
    expect(frame.y + frame.height).toBeGreaterThan(extent.y + extent.height);
  });

  it("zooms, pans and clamps a tall frame in its own shape, out to the world's height at most", () => {
    const tall = { x: 130, y: 8, width: 339.2, height: 424 };
    const zoomed = zoomBox(tall, 0.5, 300, 220, bounds);
    expect(zoomed.width / zoomed.height).toBeCloseTo(0.8);
    expect(zoomed.width).toBeCloseTo(169.6);
    const out = zoomBox(tall, 4, 300, 220, bounds);
    expect(out.y).toBe(0);
    expect(out.width).toBeCloseTo(384);
    expect(out.height).toBeCloseTo(480);
    expect(panBox(zoomed, 0, -1000, bounds).y).toBe(0);
    expect(clampBox({ x: -50, y: -50, width: 5000, height: 2500 }, bounds)).toEqual(bounds);
  });

  it.each([
    // A desktop: the map box 1146 px wide under a screen 800 px tall (85 % of it, 680 px, at most).
    ["the world, on a desktop", bounds, 1146, 680, { width: 1146, height: 573 }],
    ["a tall region, on a desktop: as tall as the screen allows, then narrower", { x: 0, y: 0, width: 400, height: 500 }, 1146, 680, { width: 544, height: 680 }],
    ["a tall region, on a 390 px phone: the page's width", { x: 0, y: 0, width: 400, height: 500 }, 369, 717, { width: 369, height: 461.25 }],
    ["a tall region on a short screen: never less tall than the world's map", { x: 0, y: 0, width: 400, height: 500 }, 800, 300, { width: 320, height: 400 }],
    ["a wide region: the page's width", { x: 0, y: 0, width: 200, height: 100 }, 369, 717, { width: 369, height: 184.5 }],
  ] as const)("draws the map in its box's shape: %s", (_, box, pageWidth, maxHeight, want) => {
    const size = frameSize(box, bounds, pageWidth, maxHeight);
    expect(size.width).toBeCloseTo(want.width);
    expect(size.height).toBeCloseTo(want.height);
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
