import { describe, expect, it } from "vitest";
import type { TimelineItem } from "../api/types.js";
import { layoutMarks, usedRows, type Mark } from "./layout.js";
import { drawMarks, HIT_MOUSE, HIT_TOUCH, MARK_R, MarkIndex, markClass, placeMarks, type MarkContext } from "./mark-canvas.js";

const item = (date: string, kind: TimelineItem["statement"]["subject"]["kind"], id: string, edge = "point", p = "diplomatic-relations"): TimelineItem =>
  ({ date, edtf: date, edge, statement: { id, p, subject: { id: "x", kind, name: { en: "x", ja: null } } } }) as unknown as TimelineItem;

const mark = (key: string, x: number, row: number, dy = 0): Mark => ({ key, x, row, dy, item: item("1972-09-29", "state", key) });

describe("placeMarks", () => {
  it("puts each mark after the row labels, at the centre of its row (rows drawn only when used) plus its offset", () => {
    const placed = placeMarks([mark("a", 10, 0), mark("b", 20, 4, -4), mark("c", 30, 4, 8)], [0, 4], 40, 26, 78);
    expect(placed.map((p) => [p.mark.key, p.x, p.y])).toEqual([
      ["a", 88, 53],
      ["b", 98, 75],
      ["c", 108, 87],
    ]);
  });
});

describe("MarkIndex.hit", () => {
  const index = new MarkIndex([
    { x: 100, y: 50, mark: mark("a", 0, 0) },
    { x: 103, y: 50, mark: mark("b", 0, 0) },
    { x: 200, y: 50, mark: mark("c", 0, 0) },
    { x: 200, y: 50, mark: mark("d", 0, 0) },
    // Either side of a bucket's edge (16 px): found from the other side too.
    { x: 319, y: 80, mark: mark("e", 0, 0) },
  ]);
  it.each([
    ["on a mark", 100, 50, HIT_MOUSE, "a"],
    ["nearer the second of two close marks", 102.5, 51, HIT_MOUSE, "b"],
    ["on two marks at one spot: the one drawn last (on top)", 200, 50, HIT_MOUSE, "d"],
    ["across a bucket's edge", 321, 81, HIT_MOUSE, "e"],
    ["just outside the mouse's reach", 100, 50 + HIT_MOUSE + 0.5, HIT_MOUSE, null],
    ["within a finger's reach", 100, 50 + HIT_MOUSE + 0.5, HIT_TOUCH, "a"],
    ["far from any mark", 150, 50, HIT_TOUCH, null],
  ])("finds the mark under a pointer %s", (_, x, y, radius, key) => {
    expect(index.hit(x, y, radius)?.mark.key ?? null).toBe(key);
  });

  it("gives a mark by its key where it is drawn now, and nothing for one out of the view", () => {
    expect(index.get("c")).toMatchObject({ x: 200, y: 50 });
    expect(index.get("zz")).toBeNull();
  });

  it("finds every one of thousands of real-looking marks at its own centre", () => {
    const items = Array.from({ length: 5000 }, (_, i) => item(`${1945 + (i % 80)}-0${1 + (i % 9)}-1${i % 10}`, i % 3 === 0 ? "event" : "state", `s${i}`));
    const marks = layoutMarks(items, { start: 1945, end: 2026 }, 1186);
    const placed = placeMarks(marks, usedRows(marks), 40, 26, 78);
    const big = new MarkIndex(placed);
    // The mark found at a centre is that mark or one drawn later at the very same spot.
    const wrong = placed.filter((p) => {
      const hit = big.hit(p.x, p.y, HIT_MOUSE)!;
      return hit.x !== p.x || hit.y !== p.y;
    });
    expect(wrong).toEqual([]);
  });
});

describe("drawMarks", () => {
  it("paints each mark as a circle of the SVG's radius, in order, at the screen's pixel density and with its class's colour", () => {
    const calls: string[] = [];
    const ctx: MarkContext = {
      fillStyle: "",
      globalAlpha: 1,
      setTransform: (...a: unknown[]) => void calls.push(`transform ${a.join(",")}`),
      clearRect: (...a: number[]) => void calls.push(`clear ${a.join(",")}`),
      beginPath: () => void calls.push("begin"),
      arc: (x: number, y: number, r: number) => void calls.push(`arc ${x},${y},${r}`),
      fill: () => void calls.push(`fill ${String(ctx.fillStyle)} ${ctx.globalAlpha}`),
    } as MarkContext;
    const start = { ...mark("s", 0, 0), item: item("1951-09-08", "agreement", "s", "start") };
    const paints = new Map([
      [markClass(start), { fill: "#1f7a63", opacity: 0.75 }],
      [markClass(mark("p", 0, 0)), { fill: "#1b4f9c", opacity: 0.75 }],
    ]);
    drawMarks(ctx, [{ x: 10, y: 20, mark: start }, { x: 30, y: 20, mark: mark("p", 0, 0) }], (m) => paints.get(markClass(m))!, 500, 200, 2);
    expect(calls).toEqual([
      "transform 2,0,0,2,0,0",
      "clear 0,0,500,200",
      "begin",
      `arc 10,20,${MARK_R}`,
      "fill #1f7a63 0.75",
      "begin",
      `arc 30,20,${MARK_R}`,
      "fill #1b4f9c 0.75",
    ]);
    expect(ctx.globalAlpha).toBe(1);
  });

  it("gives a mark the legend's classes: its edge and its property", () => {
    expect(markClass({ ...mark("s", 0, 0), item: item("1951-09-08", "agreement", "s", "start", "occurred") })).toBe("mark edge-start p-occurred");
  });
});
