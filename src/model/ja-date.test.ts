import { describe, expect, it } from "vitest";
import { jaDate, jaDay } from "./ja-date.js";

// Every form of date the data writes (grep of data/: day, month, year, a year or month with ~, and
// intervals of each with a closed, open `..` or unknown (empty) end, and `../..`), and the EDTF forms
// the schema accepts beside them (? and %, seasons, years before 1).
describe("jaDate writes a date of the data the Japanese way", () => {
  it.each([
    // one date, at its precision
    ["1972-09-29", "1972年9月29日"],
    ["1972-09", "1972年9月"],
    ["1972", "1972年"],
    ["0710", "710年"],
    // EDTF qualifiers: approximate, uncertain, both
    ["1613~", "1613年頃"],
    ["1615-01~", "1615年1月頃"],
    ["1945?", "1945年？"],
    ["2002-10-01?", "2002年10月1日？"],
    ["1584-08%", "1584年8月頃？"],
    // seasons; a code past 24 is shown as written
    ["1972-21", "1972年春"],
    ["1972-24~", "1972年冬頃"],
    ["1972-25", "1972-25"],
    // years before 1 as EDTF counts them (0000 is 1 BC)
    ["0000", "紀元前1年"],
    ["-0659", "紀元前660年"],
    // intervals: both ends known, at any precision each
    ["1945/1952", "1945年〜1952年"],
    ["1905-08-12/1911-07-13", "1905年8月12日〜1911年7月13日"],
    ["1942-04/1945", "1942年4月〜1945年"],
    ["1904/1910-08-29", "1904年〜1910年8月29日"],
    ["1612~/1630", "1612年頃〜1630年"],
    ["1963~/1990-05-22", "1963年頃〜1990年5月22日"],
    // an end still running, a start before gaiko's period, both
    ["1911/..", "1911年から"],
    ["1956-12-18/..", "1956年12月18日から"],
    ["1991-12/..", "1991年12月から"],
    ["../1952", "〜1952年"],
    ["../1939-06", "〜1939年6月"],
    ["../1981-11-01", "〜1981年11月1日"],
    ["../..", "全期間"],
    // an end (or start) not known
    ["1877/", "1877年〜不明"],
    ["1899-07-17/", "1899年7月17日〜不明"],
    ["/1952", "不明〜1952年"],
    // no date
    [null, "日付不明"],
    [undefined, "日付不明"],
    ["", "日付不明"],
    // no form this knows: as written
    ["156X", "156X"],
  ])("writes %j as %j", (edtf, ja) => {
    expect(jaDate(edtf)).toBe(ja);
  });

  it.each([
    ["1945-08-15", "1945年8月15日"],
    ["1945-08-15/..", "1945-08-15/.."],
  ])("writes one date with jaDay, and leaves an interval to jaDate: %j as %j", (d, ja) => {
    expect(jaDay(d)).toBe(ja);
  });
});
