import { describe, expect, it } from "vitest";
import { cellText, toTable } from "./output.js";

describe("tables for people", () => {
  it.each([
    [0.5595238095238095, "0.560"],
    [90, "90"],
    [true, "yes"],
    [false, "no"],
    [null, ""],
    ["Japan", "Japan"],
  ] as const)("shows %j as %j", (cell, text) => {
    expect(cellText(cell)).toBe(text);
  });

  it("lines up fractions to three decimals and right-aligns numbers", () => {
    const t = toTable(["state", "agreement"], [["Finland", 0.9388888888888889], ["Israel", 0]], 200).split("\n");
    expect(t[2]).toBe("Finland      0.939");
    expect(t[3]).toBe("Israel       0.000");
  });

  it("cuts the widest column so that a row fits the terminal", () => {
    const long = "Agreement between Japan and the United Mexican States for the Strengthening of the Economic Partnership";
    const lines = toTable(["state", "agreements in force"], [["Mexico", long]], 40).trimEnd().split("\n");
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(40);
    expect(lines[2]).toMatch(/…$/);
  });
});
