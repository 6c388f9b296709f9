// Issue 16 item 4 (importer truth): an ISD independence date belongs to the state that became
// independent. The curated Mexico begins on 1821-09-27 and succeeds New Spain; ISD dates Mexico's
// independence to the Treaty of Córdoba (1821-08-24?), which once gave the date to New Spain.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CowConcordance, type StateLine } from "../concordance.js";
import type { DatasetStatement, ImportSink } from "../types.js";
import { independentState, isd, predatesState } from "./states.js";

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

// ISD dates a polity from its earliest form (Korea from 676, China from the Ming founding in 1368); the
// curated entity the code names begins later (Joseon 1392, the Qing 1636): "Qing: independent since 1368".
describe("an ISD date from before its state existed", () => {
  it.each([
    ["1368", "1636-01-01", true, "ISD's China from the Ming founding; the curated Qing begins in 1636"],
    ["0676", "1392-01-01", true, "ISD's Korea from 676; the curated Joseon begins in 1392"],
    ["1100?", "1970-06-04", true, "an uncertain date centuries before"],
    ["1815", "1816-01-01", true, "a year given alone, before the state's first year"],
    ["1820-09-27", "1821-09-27", true, "a full year before"],
    ["1815", "1815-03-16", false, "a year given alone, the state's first year (the Netherlands)"],
    ["1821-08-24?", "1821-09-27", false, "less than a year before: the same independence by another step (Mexico)"],
    ["1844-01-16?", "1844-02-27", false, "less than a year before (the Dominican Republic)"],
    ["1945-08-17", "1945-08-17", false, "the state's first day"],
    ["1776", undefined, false, "a state with no curated existence: nothing to compare"],
  ])("ISD %s beside a state curated from %s: predates it %s (%s)", (date, start, predates, _why) => {
    expect(predatesState(date, start)).toBe(predates);
  });

  it("gives the state no statement and counts the row as skipped, with ISD's date and the state's start", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gaiko-isd-"));
    writeFileSync(join(dir, "states_ISD.csv"), ["stateID,StateName,Begin,cowNR,StartType", "CHN,China,1368,710,4", "MEX,Mexico,1821-08-24?,70,1", ""].join("\n"));
    writeFileSync(join(dir, "states_GGO.csv"), "stateID,StateName,Capital,Begin,End\n");
    const starts = new Map([["qing", "1636-01-01"], ["mexico", "1821-09-27"]]);
    const codes = new Map([["710", "qing"], ["70", "mexico"]]);
    const stored: DatasetStatement[] = [];
    const skipped: string[] = [];
    const fake: ImportSink = {
      ...({} as ImportSink),
      read: () => {}, progress: () => {}, took: () => {}, nothingIn: () => {},
      reject: (_f, line, why) => { throw new Error(`line ${line} rejected: ${why}`); },
      skip: (f, line, why) => { skipped.push(`${f} line ${line}: ${why}`); },
      statement: (st) => { stored.push(st); return "s"; },
      stateOfCow: (code) => codes.get(code),
      splitCow: () => [],
      lookup: <T,>(sql: string, id: unknown) => (sql.includes("'exists'") ? [{ start: starts.get(String(id)) ?? null }] : [{ name_ja: null }]) as T[],
    };
    await isd.run(dir, fake);
    expect(stored.map((st) => `${st.subject} ${st.value}`)).toEqual(["mexico 1821-08-24?"]);
    expect(skipped).toEqual(["states_ISD.csv line 2: ISD dates China from 1368, before qing existed (curated from 1636-01-01): not that state's independence"]);
  });
});
