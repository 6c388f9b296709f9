import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asOfDay, holdsOn, isTimeError, lastDay, parseByGrammar, parseTime, type TimeBounds } from "./time.js";

const ok = (s: string) => {
  const t = parseTime(s);
  if (isTimeError(t)) throw new Error(t.error);
  return t;
};

describe("parseTime", () => {
  it.each([
    ["1978-08-12", "point", "1978-08-12", "1978-08-12"],
    ["1584-08", "point", "1584-08-01", "1584-08-31"],
    ["1613~", "point", "1613-01-01", "1613-12-31"],
    ["1850?", "point", "1850-01-01", "1850-12-31"],
    ["1945/1952", "interval", "1945-01-01", "1945-12-31"],
  ])("reads %s as a %s starting between %s and %s", (s, shape, min, max) => {
    const t = ok(s);
    expect(t.shape).toBe(shape);
    expect(t.start).toEqual({ min, max });
  });

  it("marks an interval that still holds as open", () => {
    const t = ok("1956-12-12/..");
    expect(t.end.open).toBe(true);
    expect(t.end.unknown).toBe(false);
  });

  it("marks an interval with an unknown end as unknown, not open", () => {
    const t = ok("1956/");
    expect(t.end.unknown).toBe(true);
    expect(t.end.open).toBe(false);
  });

  it.each(["1972-06-31", "1972-13-01", "not a date", "1950s", "1980/1970", ""])("rejects %j with a message", (s) => {
    const t = parseTime(s);
    expect(isTimeError(t)).toBe(true);
    if (isTimeError(t)) expect(t.error.length).toBeGreaterThan(10);
  });
});

describe("parseTime without the grammar (plain dates and their intervals)", () => {
  // Years, months and days on and past the edges: a leap day, a 31st, month 13, day 0, a year before 1000.
  const year = fc.constantFrom("0999", "1000", "1582", "1900", "1945", "1952", "1972", "2000", "2024", "9999");
  const month = fc.constantFrom("00", "01", "02", "04", "09", "12", "13");
  const day = fc.constantFrom("00", "01", "15", "28", "29", "30", "31", "32");
  const date = fc.oneof(year, fc.tuple(year, month).map(([y, m]) => `${y}-${m}`), fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${m}-${d}`));
  const side = fc.oneof({ weight: 6, arbitrary: date }, { weight: 1, arbitrary: fc.constantFrom("..", "", "1956~", "195X") });
  const text = fc.oneof(date, fc.tuple(side, side).map(([a, b]) => `${a}/${b}`));

  it("gives the grammar's answer, error or bounds, for every text", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(parseTime(s)).toEqual(parseByGrammar(s));
      }),
      { numRuns: 3000 },
    );
  });

  it.each(["1956-12-05/1956-12-05", "1956-12/1956-12-05", "1956/1956-03", "1972-09-29/1972-09-28", "../", "1900-02-29", "2000-02-29/..", "1956/", "../1945-08-15", "../.."])("reads %j as the grammar does", (s) => {
    expect(parseTime(s)).toEqual(parseByGrammar(s));
  });
});

describe("holdsOn", () => {
  const roc = ok("1952-04-28/1972-09-29");
  const prc = ok("1972-09-29/..");
  it.each<[TimeBounds, string, string]>([
    [roc, "1952-04-27", "no"],
    [roc, "1952-04-28", "yes"],
    [roc, "1972-09-28", "yes"],
    [roc, "1972-09-29", "no"],
    [prc, "1972-09-28", "no"],
    [prc, "1972-09-29", "yes"],
    [prc, "2026-01-01", "yes"],
  ])("answers %#: on %s → %s", (t, day, want) => {
    expect(holdsOn(t, day)).toBe(want);
  });

  it("is uncertain inside a start known only to the year", () => {
    const t = ok("1956/..");
    expect(holdsOn(t, "1956-06-01")).toBe("uncertain");
    expect(holdsOn(t, "1957-01-01")).toBe("yes");
    expect(holdsOn(t, "1955-12-31")).toBe("no");
  });

  it("is uncertain after the start when the end is unknown", () => {
    const t = ok("1925-01-20/");
    expect(holdsOn(t, "1930-01-01")).toBe("uncertain");
    expect(holdsOn(t, "1920-01-01")).toBe("no");
  });
});

describe("user dates", () => {
  it("reads a bare year as its first day for as-of and its last day for a range end", () => {
    expect(asOfDay("1975")).toBe("1975-01-01");
    expect(lastDay("1975")).toBe("1975-12-31");
    expect(lastDay("1952-02")).toBe("1952-02-29");
  });
  it("refuses an interval as an as-of date", () => {
    expect(asOfDay("1945/1952")).toHaveProperty("error");
  });
});
