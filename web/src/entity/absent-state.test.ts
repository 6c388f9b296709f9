import { describe, expect, it } from "vitest";
import { absence, dayBefore } from "./absent-state.js";

describe("absence", () => {
  it.each([
    ["the Soviet Union in 2026: gone, seen on its last day", "no-longer-existing", "1991-12-26", { from: "1922-12-30", to: "1991-12-26" }, { kind: "gone", date: "1991-12-26", see: "1991-12-25" }],
    ["Manchukuo in 2026: gone on 18 August 1945", "no-longer-existing", "1945-08-18", { from: "1932-03-01", to: "1945-08-18" }, { kind: "gone", date: "1945-08-18", see: "1945-08-17" }],
    ["South Korea in 1900: not yet, seen on its first day", "not-yet-existing", null, { from: "1948-08-15", to: null }, { kind: "not-yet", date: "1948-08-15", see: "1948-08-15" }],
    ["a state gone in a year only: no day to link", "no-longer-existing", "1806", undefined, { kind: "gone", date: "1806", see: null }],
    ["a state not yet formed with no dated existence", "not-yet-existing", null, undefined, { kind: "not-yet", date: null, see: null }],
    ["an uncertain end is not written as a sure day", "no-longer-existing", "1806~", undefined, { kind: "gone", date: null, see: null }],
  ] as const)("%s", (_, status, since, exists, want) => {
    expect(absence(status, since, exists)).toEqual(want);
  });

  it.each(["diplomatic-relations", "at-war", "none", undefined])("says nothing for a state that existed (%s)", (status) => {
    expect(absence(status, "1972-09-29", { from: "1949-10-01", to: null })).toBeNull();
  });
});

describe("dayBefore", () => {
  it.each([
    ["1991-12-26", "1991-12-25"],
    ["1945-03-01", "1945-02-28"],
    ["1944-03-01", "1944-02-29"],
    ["1901-01-01", "1900-12-31"],
    ["1991-12", null],
    ["1991", null],
  ])("gives the day before %s as %s", (date, want) => {
    expect(dayBefore(date)).toBe(want);
  });
});
