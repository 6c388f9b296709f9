import { describe, expect, it } from "vitest";
import { referenceDate } from "./reference-date.js";
import { longDate } from "./sentences.js";

describe("a reference's date", () => {
  it.each([
    ["2017-07-18", "en", "18 July 2017"],
    ["2017-07", "en", "July 2017"],
    ["2017", "en", "2017"],
    ["2017-07-18", "ja", "2017年7月18日"],
    ["1945/1952", "en", "1945 – 1952"],
    ["1945/1952", "ja", "1945年〜1952年"],
  ] as const)("%s on an %s page reads %j", (date, lang, want) => {
    expect(referenceDate(date, lang)).toBe(want);
  });

  it.each(["1977-01-28", "2017-07-18", "1952-04"])("%s is written as the fact box writes its dates", (date) => {
    for (const lang of ["en", "ja"] as const) expect(referenceDate(date, lang)).toBe(longDate(date, lang));
  });
});
