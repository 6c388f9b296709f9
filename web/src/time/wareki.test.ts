import { describe, expect, it } from "vitest";
import { eraTitle, wareki } from "./wareki.js";

describe("wareki", () => {
  it.each([
    ["1972-09-29", "昭和47年9月29日"], // Japan–China joint communiqué
    ["1951-09-08", "昭和26年9月8日"],
    ["1926-12-24", "大正15年12月24日"], // the last day of Taishō
    ["1926-12-25", "昭和元年12月25日"],
    ["1989-01-07", "昭和64年1月7日"],
    ["1989-01-08", "平成元年1月8日"],
    ["2019-04-30", "平成31年4月30日"],
    ["2019-05-01", "令和元年5月1日"],
    ["2026-12-05", "令和8年12月5日"],
    ["1905-09", "明治38年9月"],
    ["1989", "昭和64年／平成元年"], // a year that spans two eras names both
    ["2019-05", "令和元年5月"],
    ["1956", "昭和31年"],
    ["1873-01-01", "明治6年1月1日"], // the Gregorian calendar's first day in Japan
  ])("%s is %s", (date, expected) => expect(wareki(date)).toBe(expected));

  it.each([["1872-12-31"], ["1868"], ["1854-03-31"], ["1972~"], ["1945/1952"], [""], ["1972-09-29T00:00"]])(
    "gives nothing for %s (lunisolar calendar before 1873, approximate, or not one date)",
    (date) => expect(wareki(date)).toBeNull(),
  );
});

// FIX15 (audit MAP15 item 8): a date range (the timeline's list, list pages) had no era date on hover.
describe("eraTitle", () => {
  it.each([
    ["1945-08-15/1952-04-28", "昭和20年8月15日〜昭和27年4月28日"],
    ["1972-09-29/..", "昭和47年9月29日〜"],
    ["1945/1952", "昭和20年〜昭和27年"],
    ["1972-09-29", "昭和47年9月29日"],
  ])("writes %s as %s", (date, want) => expect(eraTitle(date)).toBe(want));

  it.each([["1854-03-31/1899-07-17"], ["../.."], ["1972~/1980"]])("gives nothing for %s, where an end has no era date", (date) => expect(eraTitle(date)).toBeNull());
});
