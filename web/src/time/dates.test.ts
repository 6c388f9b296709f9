import { describe, expect, it } from "vitest";
import { clampYear, dateAt, decimalYear, endOf, formatDate, parseAsOf, withYear, yearOf } from "./dates.js";

describe("parseAsOf", () => {
  it.each([
    ["1975", "1975"],
    ["1972-09-29", "1972-09-29"],
    ["1972-09", "1972-09"],
    [" 1960 ", "1960"],
    ["1972-13-01", null],
    ["yesterday", null],
    ["", null],
    [null, null],
  ] as const)("reads %j as %j", (value, want) => {
    expect(parseAsOf(value)).toBe(want);
  });
});

describe("dates", () => {
  it("takes the year of a date", () => {
    expect(yearOf("1972-09-29")).toBe(1972);
    expect(yearOf("1850")).toBe(1850);
  });
  it("keeps a year on the slider", () => {
    expect(clampYear(1700, 1850, 2026)).toBe(1850);
    expect(clampYear(1975.4, 1850, 2026)).toBe(1975);
    expect(clampYear(3000, 1850, 2026)).toBe(2026);
  });
  it.each([
    ["en", "1972-09-29", "29 Sep 1972"],
    ["ja", "1972-09-29", "1972年9月29日"],
    ["en", "1991-12", "Dec 1991"],
    ["en", "1952-04-28/1972-09-29", "28 Apr 1952 – 29 Sep 1972"],
    ["en", "1905-01-28/..", "28 Jan 1905 – …"],
    ["ja", "1600~", "1600年頃"],
    ["ja", "1945?", "1945年？"],
    ["ja", "1584-08%", "1584年8月頃？"],
    ["ja", "1945/1952", "1945年〜1952年"],
    ["ja", "1905-01-28/..", "1905年1月28日から"],
    ["ja", "../1952", "〜1952年"],
    ["ja", "1899-07-17/", "1899年7月17日〜不明"],
    ["en", "1945?", "1945 (approx.)"],
    ["en", "../1952", "… – 1952"],
    ["en", null, ""],
    ["ja", null, ""],
  ] as const)("writes %s %s as %s", (lang, date, want) => {
    expect(formatDate(lang, date)).toBe(want);
  });
  it("places a date as a fractional year", () => {
    expect(decimalYear("1972-07-01")).toBeCloseTo(1972.5, 1);
    expect(decimalYear("nonsense")).toBeNull();
  });
});

describe("exact fractional years", () => {
  it.each([
    ["1972-01-01", 1972],
    ["1972-07-01", 1972 + 182 / 366],
    ["1973-07-02", 1973 + 182 / 365],
    ["1590", 1590],
  ] as const)("puts %s at %d", (date, want) => {
    expect(decimalYear(date)).toBeCloseTo(want, 9);
  });

  it.each([
    ["1945-08-15", "day"],
    ["1972-09-29", "day"],
    ["2000-02-29", "day"],
    ["1972-12-31", "day"],
    ["1991-12", "month"],
    ["1600", "year"],
  ] as const)("reads %s back from its fractional year", (date, precision) => {
    expect(dateAt(decimalYear(date)!, precision)).toBe(date);
  });

  it.each([
    ["1980", 1981],
    ["1980-12", 1981],
    ["1980-12-31", 1981],
    ["1972-09-29", decimalYear("1972-09-30")],
    ["nonsense", null],
  ] as const)("ends %s at %d", (date, want) => {
    expect(endOf(date)).toBe(want);
  });
});

describe("withYear", () => {
  it.each([
    ["1945-08-15", 1946, "1946-08-15"],
    ["1972-09", 1973, "1972-09".replace("1972", "1973")],
    ["1975", 1976, "1976"],
    ["2000-02-29", 2001, "2001-02-28"],
    ["2000-02-29", 2004, "2004-02-29"],
  ] as const)("moves %s to the year %i as %s", (asOf, year, want) => {
    expect(withYear(asOf, year)).toBe(want);
  });
});
