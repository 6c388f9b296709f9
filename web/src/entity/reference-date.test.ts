import { describe, expect, it } from "vitest";
import { referenceByline, referenceDate } from "./reference-date.js";
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

describe("a citation preview's byline", () => {
  it.each([
    ["Ministry of Foreign Affairs of Japan", "2017-07-18", "en", "Ministry of Foreign Affairs of Japan · 18 July 2017"],
    ["Ministry of Foreign Affairs of Japan", "2016-03-18", "ja", "Ministry of Foreign Affairs of Japan · 2016年3月18日"],
    [null, "2021-06-06", "en", "6 June 2021"],
    ["Wikipedia", null, "en", "Wikipedia"],
    [null, null, "en", ""],
  ] as const)("%j and %j on an %s page read %j", (publisher, date, lang, want) => {
    expect(referenceByline(publisher, date, lang)).toBe(want);
  });

  it.each(["2017-07-18", "1990-09-26", "2004-03"])("writes %s as the reference list beneath writes it", (date) => {
    for (const lang of ["en", "ja"] as const) expect(referenceByline("P", date, lang)).toBe(`P · ${referenceDate(date, lang)}`);
  });
});
