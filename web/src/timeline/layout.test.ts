import { describe, expect, it } from "vitest";
import type { TimelineItem } from "../api/types.js";
import { itemsInView, layoutMarks, usedRows } from "./layout.js";

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

describe("itemsInView", () => {
  it("keeps the items dated within the view", () => {
    const items = [item("1949-12-31", "state"), item("1950-06-01", "state"), item("1960-01-01", "event"), item("1961-01-01", "event")];
    expect(itemsInView(items, { start: 1950, end: 1960 }).map((i) => i.date)).toEqual(["1950-06-01", "1960-01-01"]);
  });
});
