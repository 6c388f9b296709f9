import { describe, expect, it } from "vitest";
import { inEra } from "./eras.js";

describe("inEra", () => {
  it.each([
    ["1854-03-31", "before-1868", true],
    ["1895", "meiji-taisho", true],
    ["1941-12-08", "showa-war", true],
    ["1951-09-08", "occupation", true],
    ["1972-09-29", "cold-war", true],
    ["1972-09-29", "since-1989", false],
    ["2015~", "since-1989", true],
    [null, "cold-war", false],
    [null, "all", true],
  ] as const)("puts %s in %s: %s", (date, era, want) => {
    expect(inEra(date, era)).toBe(want);
  });
});
