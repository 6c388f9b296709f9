// Issue 16 item 4 (importer truth): an ISD independence date belongs to the state that became
// independent. The curated Mexico begins on 1821-09-27 and succeeds New Spain; ISD dates Mexico's
// independence to the Treaty of Córdoba (1821-08-24?), which once gave the date to New Spain.
import { describe, expect, it } from "vitest";
import { CowConcordance, type StateLine } from "../concordance.js";
import { independentState } from "./states.js";

const OPEN = "9999-12-31";
const lines = new Map<string, StateLine>([
  ["new-spain", { exists: [["0001-01-01", "1821-09-27"]], predecessors: [] }],
  ["mexico", { cow: "70", exists: [["1821-09-27", OPEN]], predecessors: ["new-spain"] }],
  // A predecessor independent for centuries before its successor keeps its own date.
  ["ottoman-empire", { exists: [["0001-01-01", "1922-11-01"]], predecessors: [] }],
  ["turkey", { cow: "640", exists: [["1923-10-29", OPEN]], predecessors: ["ottoman-empire"] }],
  // A code carried by one state alone.
  ["united-states", { cow: "2", exists: [["1776-07-04", OPEN]], predecessors: [] }],
]);
const c = new CowConcordance(lines, (id) => lines.has(id));
const sink = { stateOfCow: (code: string, when?: string) => c.stateOn(code, when), splitCow: (code: string, from: string, to: string) => c.split(code, from, to) };

describe("the state an ISD independence date belongs to", () => {
  it.each([
    ["70", "1821-08-24?", "mexico", "the successor begins 34 days later (Treaty of Córdoba, then consummation)"],
    ["70", "1821-09-27", "mexico", "the successor's first day"],
    ["70", "1821", "mexico", "a date given to the year in which the successor begins"],
    ["70", "1820-09-28", "mexico", "the successor begins less than a year later"],
    ["70", "1820-09-27", "new-spain", "the successor begins a full year later: the date is the older state's"],
    ["640", "1453-05-29", "ottoman-empire", "the successor begins centuries later"],
    ["640", "1923-10-29", "turkey", "the successor's own day"],
    ["2", "1783-09-03", "united-states", "a code with one state"],
    ["9999", "1900", undefined, "a code no state carries"],
  ])("gives COW %s's date %s to %s: %s", (code, date, id, _why) => {
    expect(independentState(sink, code, date)).toBe(id);
  });

  it("differs from the state the code names on the date only where a successor follows within the year", () => {
    expect(c.stateOn("70", "1821-08-24")).toBe("new-spain");
    expect(independentState(sink, "70", "1821-08-24")).toBe("mexico");
  });
});
