import { describe, expect, it } from "vitest";
import { isTimeError, parseTime } from "../model/time.js";
import type { Predicate } from "../model/predicates.js";
import { phaseOn, type StatementRow } from "./store.js";

/** A statement row as the build writes it, with its day bounds from the EDTF time. */
function row(p: Predicate, time: string): StatementRow {
  const b = parseTime(time);
  if (isTimeError(b)) throw new Error(b.error);
  return {
    id: "s", subject: "x", p, object: null, value: null, time, at: null, via: null, role: null, status: "accepted", asserted_by: null, note: null, note_ja: null, value_ja: null, origin: "test",
    s_min: b.start.min, s_max: b.start.max, e_min: b.end?.min ?? null, e_max: b.end?.max ?? null, e_open: b.end ? Number(b.end.open) : null, e_unknown: b.end ? Number(b.end.unknown) : null,
  };
}

describe("phaseOn", () => {
  it.each([
    // The Hiroshima summit met on 19, 20 and 21 May 2023: its span names its first and last day.
    ["2023-05-18", "later"],
    ["2023-05-19", "held"],
    ["2023-05-21", "held"],
    ["2023-05-22", "ended"],
  ])("an event of 19–21 May 2023 on %s is %s (its last day included)", (day, phase) => {
    expect(phaseOn(row("occurred", "2023-05-19/2023-05-21"), day, true)).toBe(phase);
  });

  it.each([
    ["1945-06-01", "uncertain"], // the last day is known only to the year
    ["1946-01-01", "ended"],
    ["1941-12-08", "held"],
  ])("an event of 1941-12-08/1945 on %s is %s", (day, phase) => {
    expect(phaseOn(row("occurred", "1941-12-08/1945"), day, true)).toBe(phase);
  });

  it.each([
    // Relations with the Republic of China ended on 29 September 1972: not held that day.
    ["1972-09-28", "held"],
    ["1972-09-29", "ended"],
  ])("a relation ending 1972-09-29 on %s is %s (its end day excluded)", (day, phase) => {
    expect(phaseOn(row("diplomatic-relations", "1952-04-28/1972-09-29"), day, true)).toBe(phase);
  });
});
