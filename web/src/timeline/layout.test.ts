import { describe, expect, it } from "vitest";
import type { TimelineItem } from "../api/types.js";
import { itemKey, itemsInView, layoutMarks, usedRows } from "./layout.js";

const item = (date: string, kind: TimelineItem["statement"]["subject"]["kind"], id = date): TimelineItem =>
  ({ date, edtf: date, edge: "point", statement: { id, subject: { id: "x", kind, name: { en: "x", ja: null } } } }) as unknown as TimelineItem;

describe("layoutMarks", () => {
  it("places items by date and by the kind of their subject, leaving out those outside the view", () => {
    const marks = layoutMarks([item("1950-01-01", "state"), item("1975-01-01", "event"), item("1990-01-01", "state")], { start: 1950, end: 1980 }, 300);
    expect(marks.map((m) => [Math.round(m.x), m.row])).toEqual([
      [0, 0],
      [250, 4],
    ]);
    expect(usedRows(marks)).toEqual([0, 4]);
  });

  it("spreads items on the same day so none hides another", () => {
    const marks = layoutMarks([item("1972-09-29", "state", "a"), item("1972-09-29", "state", "b")], { start: 1950, end: 2000 }, 500);
    expect(marks[0]!.dy).not.toBe(marks[1]!.dy);
  });
});

describe("mark keys", () => {
  it("keeps each mark's key when a zoom step leaves out the items before it (so the mark is moved, not drawn anew)", () => {
    const items = [item("1950-01-01", "state", "a"), item("1960-01-01", "state", "b"), item("1970-01-01", "state", "c")];
    // As the page does: the items of the view, then their marks.
    const key = (view: { start: number; end: number }) => new Map(layoutMarks(itemsInView(items, view), view, 500).map((m) => [m.item.statement.id, m.key]));
    const wide = key({ start: 1945, end: 1975 });
    const zoomed = key({ start: 1955, end: 1975 });
    expect(zoomed.get("b")).toBe(wide.get("b"));
    expect(zoomed.get("c")).toBe(wide.get("c"));
  });

  it("tells apart an item listed twice", () => {
    const seen = new Set<string>();
    const twice = item("1950-01-01", "state", "a");
    expect(itemKey(twice, seen)).not.toBe(itemKey({ ...twice }, seen));
  });
});

describe("itemsInView", () => {
  it("keeps the items dated within the view", () => {
    const items = [item("1949-12-31", "state"), item("1950-06-01", "state"), item("1960-01-01", "event"), item("1961-01-01", "event")];
    expect(itemsInView(items, { start: 1950, end: 1960 }).map((i) => i.date)).toEqual(["1950-06-01", "1960-01-01"]);
  });
});
