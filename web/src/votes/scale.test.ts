import { describe, expect, it } from "vitest";
import { AGREEMENT_CLASSES, agreementClass, classRange, inVoteData, percent } from "./scale.js";

describe("the agreement scale", () => {
  it.each([
    [0, "agreement-0"],
    [0.399, "agreement-0"],
    [0.4, "agreement-40"],
    [0.55, "agreement-50"],
    [0.8981, "agreement-80"],
    [0.9, "agreement-90"],
    [1, "agreement-90"],
  ])("puts %d in %s", (value, key) => {
    expect(agreementClass(value).key).toBe(key);
  });

  it("runs from light to dark, one class after another without gaps", () => {
    for (let i = 1; i < AGREEMENT_CLASSES.length; i++) expect(AGREEMENT_CLASSES[i]!.from).toBe(AGREEMENT_CLASSES[i - 1]!.to);
    expect(AGREEMENT_CLASSES.at(-1)!.to).toBe(1);
    const lightness = AGREEMENT_CLASSES.map((c) => parseInt(c.fill.slice(1, 3), 16) + parseInt(c.fill.slice(3, 5), 16) + parseInt(c.fill.slice(5, 7), 16));
    expect([...lightness].sort((a, b) => b - a)).toEqual(lightness);
  });

  it("labels the classes' ranges", () => {
    expect(AGREEMENT_CLASSES.map(classRange)).toEqual(["< 40%", "40–50%", "50–60%", "60–70%", "70–80%", "80–90%", "≥ 90%"]);
  });

  it("knows the years the data covers", () => {
    expect([1945, 1946, 2020, 2021].map(inVoteData)).toEqual([false, true, true, false]);
    expect(percent(0.93888)).toBe("94%");
  });
});
