import { describe, expect, it } from "vitest";
import { pinchBox, pinchOf, pinchSpan, type Point, TwoFingers } from "./pinch.js";

const pts = (a: [number, number], b: [number, number]): [Point, Point] => [{ x: a[0], y: a[1] }, { x: b[0], y: b[1] }];

describe("pinchOf", () => {
  it.each([
    ["spreading the fingers to twice as far", pts([0, 0], [100, 0]), pts([-50, 0], [150, 0]), 2, { x: 50, y: 0 }],
    ["closing them to half", pts([0, 0], [0, 100]), pts([0, 25], [0, 75]), 0.5, { x: 0, y: 50 }],
    ["moving both the same way (a two-finger pan)", pts([0, 0], [100, 0]), pts([30, 10], [130, 10]), 1, { x: 80, y: 10 }],
  ])("measures %s", (_, start, now, scale, to) => {
    const p = pinchOf(start, now);
    expect(p.scale).toBeCloseTo(scale);
    expect(p.to).toEqual(to);
  });

  it("never divides by fingers on one spot", () => {
    expect(Number.isFinite(pinchOf(pts([5, 5], [5, 5]), pts([0, 0], [100, 0])).scale)).toBe(true);
  });
});

describe("pinchSpan", () => {
  it("halves the years shown around the midpoint when the fingers spread twice as far", () => {
    expect(pinchSpan({ start: 1900, end: 2000 }, 1000, { scale: 2, from: { x: 500, y: 0 }, to: { x: 500, y: 0 } })).toEqual({ start: 1925, end: 1975 });
  });

  it("keeps the year under the fingers under them as they move", () => {
    const next = pinchSpan({ start: 1900, end: 2000 }, 1000, { scale: 1.6, from: { x: 200, y: 0 }, to: { x: 700, y: 0 } });
    expect(next.start + (700 / 1000) * (next.end - next.start)).toBeCloseTo(1920);
    expect(next.end - next.start).toBeCloseTo(100 / 1.6);
  });

  it("pans back in time when two fingers move right without spreading", () => {
    expect(pinchSpan({ start: 1900, end: 2000 }, 1000, { scale: 1, from: { x: 100, y: 0 }, to: { x: 200, y: 0 } })).toEqual({ start: 1890, end: 1990 });
  });
});

describe("pinchBox", () => {
  it("zooms the box about the midpoint", () => {
    expect(pinchBox({ x: 0, y: 0, width: 100, height: 50 }, 100, { scale: 2, from: { x: 50, y: 25 }, to: { x: 50, y: 25 } })).toEqual({ x: 25, y: 12.5, width: 50, height: 25 });
  });

  it("keeps the map point under the fingers under them", () => {
    const box = { x: 100, y: 50, width: 400, height: 200 };
    const next = pinchBox(box, 800, { scale: 3, from: { x: 200, y: 100 }, to: { x: 300, y: 150 } });
    const before = { x: box.x + 200 * (box.width / 800), y: box.y + 100 * (box.width / 800) };
    expect(next.x + 300 * (next.width / 800)).toBeCloseTo(before.x);
    expect(next.y + 150 * (next.width / 800)).toBeCloseTo(before.y);
    expect(next.width).toBeCloseTo(400 / 3);
  });
});

describe("TwoFingers", () => {
  const at = (x: number) => ({ x, y: 0 });

  it("begins a pinch on the second finger, from the state then, and moves it only while two are down", () => {
    const f = new TwoFingers<string>();
    expect(f.down(1, at(0), () => "one")).toBe(false);
    expect(f.move(1, at(10))).toBeNull();
    expect(f.down(2, at(110), () => "two")).toBe(true);
    expect(f.pinched).toBe(true);
    expect(f.move(2, at(210))).toEqual({ pinch: { scale: 2, from: at(60), to: at(110) }, state: "two" });
    expect(f.up(1)).toBe(true);
    expect(f.count).toBe(1);
    // One finger left: the pinch no longer moves, but it lasts until the last finger is up.
    expect(f.move(2, at(300))).toBeNull();
    expect(f.pinched).toBe(true);
    expect(f.up(2)).toBe(true);
    expect(f.pinched).toBe(false);
    expect(f.count).toBe(0);
  });

  it("says a lone finger's lift is no pinch, and ignores pointers it never saw", () => {
    const f = new TwoFingers<number>();
    f.down(7, at(0), () => 0);
    expect(f.move(8, at(5))).toBeNull();
    expect(f.up(8)).toBe(false);
    expect(f.up(7)).toBe(false);
    expect(f.ids()).toEqual([]);
  });
});
