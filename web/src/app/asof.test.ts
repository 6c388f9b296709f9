import { describe, expect, it } from "vitest";
import { checkAsOf, daysIn } from "./asof.js";

describe("checkAsOf", () => {
  it.each([
    [null, { state: "none" }],
    ["", { state: "none" }],
    ["1972-09-29", { state: "ok", value: "1972-09-29" }],
    ["1975-06", { state: "ok", value: "1975-06" }],
    ["1975", { state: "ok", value: "1975" }],
    ["1972-02-29", { state: "ok", value: "1972-02-29" }],
    ["1972-02-30", { state: "invalid", value: "1972-02-30", reason: "no-such-day", instead: "1972-02-29" }],
    ["1973-02-29", { state: "invalid", value: "1973-02-29", reason: "no-such-day", instead: "1973-02-28" }],
    ["1975-04-31", { state: "invalid", value: "1975-04-31", reason: "no-such-day", instead: "1975-04-30" }],
    ["1975-04-00", { state: "invalid", value: "1975-04-00", reason: "no-such-day", instead: "1975-04" }],
    ["1975-13", { state: "invalid", value: "1975-13", reason: "no-such-month", instead: "1975" }],
    ["banana", { state: "invalid", value: "banana", reason: "not-a-date", instead: null }],
    ["0000", { state: "invalid", value: "0000", reason: "not-a-date", instead: null }],
    ["1972-9-29", { state: "invalid", value: "1972-9-29", reason: "not-a-date", instead: null }],
  ] as const)("reads %s", (value, want) => {
    expect(checkAsOf(value)).toEqual(want);
  });
});

describe("daysIn", () => {
  it.each([
    [1972, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [1975, 4, 30],
    [1975, 12, 31],
  ])("gives %i-%i %i days", (year, month, days) => {
    expect(daysIn(year, month)).toBe(days);
  });
});
