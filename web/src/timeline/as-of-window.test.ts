import { describe, expect, it } from "vitest";
import { windowAround } from "./as-of-window.js";

const extent = { start: 1580, end: 2027 };
const postwar = { start: 1945, end: 2027 };

describe("windowAround", () => {
  it.each([
    ["1900", postwar, { from: "1880", to: "1920" }],
    ["1868-01-03", postwar, { from: "1848", to: "1888" }],
    ["1590", postwar, { from: "1580", to: "1610" }],
    ["2026", { start: 1850, end: 1900 }, { from: "2006", to: "2026" }],
  ] as const)("offers the years around %s when the view leaves it out", (asOf, view, want) => {
    expect(windowAround(asOf, view, extent)).toEqual(want);
  });

  it.each([
    ["1970", postwar],
    ["1945", postwar],
    ["2026-12-07", postwar],
    ["1500", postwar],
  ])("offers nothing for %s (shown, or outside the timeline)", (asOf, view) => {
    expect(windowAround(asOf, view, extent)).toBeNull();
  });
});
