import { describe, expect, it } from "vitest";
import { formatDate } from "../time/dates.js";
import { intersectItems, itemDate, sameItems } from "./items.js";

describe("an item's date", () => {
  it.each([
    ["1590-01-01", "1590", "en", "1590"],
    ["1972-09-01", "1972-09", "en", "Sep 1972"],
    ["1972-09-29", "1972-09-29", "en", "29 Sep 1972"],
    ["1972-09-01", "1972-09", "ja", "1972年9月"],
    ["1600-01-01", "1600~", "en", "1600 (approx.)"],
    ["0001-01-01", "..", "en", "1 Jan 1"],
  ] as const)("reads %s (given as %s) in %s as %s, never as a first of January it was not", (date, edtf, lang, want) => {
    expect(formatDate(lang, itemDate({ date, edtf }))).toBe(want);
  });
});

describe("intersectItems", () => {
  const item = (id: string, edge: "start" | "end" | "point") => ({ edge, statement: { id } });
  it("keeps the items found under both filters, edge by edge", () => {
    const a = [item("s1", "start"), item("s1", "end"), item("s2", "point"), item("s3", "point")];
    const b = [item("s1", "end"), item("s3", "point"), item("s4", "point")];
    expect(intersectItems(a, b)).toEqual([item("s1", "end"), item("s3", "point")]);
  });
});

describe("sameItems", () => {
  const a = { date: "1951-09-08" };
  const b = { date: "1952-04-28" };
  const c = { date: "1972-09-29" };

  it("keeps the array it had when the new one holds the same items in the same order", () => {
    const shown = [a, b];
    expect(sameItems(shown, [a, b])).toBe(shown);
  });

  it("takes the new array when an item was added, dropped, replaced or moved", () => {
    const shown = [a, b];
    for (const next of [[a, b, c], [a], [a, { ...b }], [b, a], []]) expect(sameItems(shown, next)).toBe(next);
  });
});
