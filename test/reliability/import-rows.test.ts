// Broken rows in dataset files: every importer counts them, reports each with its file and line, and
// goes on; the UN-votes importer rejects roll calls it cannot date or identify. (Issue 17 item 5,
// issue 12 item 2: "broken CSV rows for every importer are counted and reported".)
import Database from "better-sqlite3";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDatabase } from "../../src/kb/build.js";
import { importInto, type ImportResult } from "../../src/datasets/run.js";
import { IMPORTERS } from "../../src/datasets/registry.js";
import { resolveFile } from "../../src/datasets/importers/common.js";
import { unvotes } from "../../src/datasets/importers/unvotes.js";
import { readCsvBatches, splitLine } from "../../src/datasets/csv.js";
import type { Importer } from "../../src/datasets/types.js";
import { FIXTURES, FIXTURE_SHARED, GOOD } from "../helpers.js";

const DATASETS = join(FIXTURES, "datasets");
let base: string;

beforeAll(() => {
  base = join(mkdtempSync(join(tmpdir(), "gaiko-rows-")), "base.db");
  buildDatabase(GOOD, base, { sharedDir: FIXTURE_SHARED });
});

/** Runs one importer on a copy of the fixture database. */
async function importCopy(imp: Importer, dir: string): Promise<ImportResult> {
  const file = join(mkdtempSync(join(tmpdir(), "gaiko-rows-")), "kb.db");
  copyFileSync(base, file);
  const db = new Database(file);
  try {
    return await importInto(db, imp, dir);
  } finally {
    db.close();
  }
}

const read = (path: string) => (path.endsWith(".gz") ? gunzipSync(readFileSync(path)) : readFileSync(path)).toString("utf8");

/**
 * A copy of an importer's fixture files with two broken lines after the last: one with three columns
 * too many, one whose quote never closes. Returns the folder and the lines added.
 */
function withBrokenRows(imp: Importer, from: string): { dir: string; added: { file: string; line: number }[] } {
  const dir = mkdtempSync(join(tmpdir(), `gaiko-broken-${imp.name}-`));
  const added: { file: string; line: number }[] = [];
  for (const file of imp.files) {
    const path = resolveFile(from, file);
    let text = read(path);
    if (!text.endsWith("\n")) text += "\n";
    const lines = text.split("\n").length - 1;
    const header = text.slice(0, text.indexOf("\n")).replace(/\r$/, "");
    const delimiter = [",", "\t", ";"].sort((a, b) => header.split(b).length - header.split(a).length)[0]!;
    text += `${delimiter.repeat(header.split(delimiter).length + 2)}\n"unclosed${delimiter}quote\n`;
    writeFileSync(join(dir, basename(path)), path.endsWith(".gz") ? gzipSync(text) : text);
    added.push({ file, line: lines + 1 }, { file, line: lines + 2 });
  }
  return { dir, added };
}

/** GDELT's event file has no header and is read by the importer's own tab splitter: its broken lines are skipped, not rejected. */
const OWN_READER = new Set(["gdelt1_events_sample.tsv"]);

describe("every importer counts and reports broken CSV rows, with file and line, and goes on", () => {
  it.each(IMPORTERS.map((imp) => [imp.name, imp] as const))("%s", async (_, imp) => {
    const from = join(DATASETS, imp.provenance.dataset);
    const clean = await importCopy(imp, from);
    const { dir, added } = withBrokenRows(imp, from);
    const broken = await importCopy(imp, dir);
    const csvFiles = imp.files.filter((f) => !OWN_READER.has(f)).length;
    expect(clean.read).toBeGreaterThan(0);
    expect({
      read: broken.read - clean.read,
      skipped: broken.skipped - clean.skipped,
      rejected: broken.rejected - clean.rejected,
      taken: broken.taken - clean.taken,
    }).toEqual({ read: added.length, skipped: added.length, rejected: 2 * csvFiles, taken: 0 });
    // Files are read in the importer's order, which need not be the order of `files`.
    const order = (a: { file: string; line: number }, b: { file: string; line: number }) => a.file.localeCompare(b.file) || a.line - b.line;
    const reported = broken.issues.filter((i) => !clean.issues.some((c) => c.file === i.file && c.line === i.line)).sort(order);
    expect(reported.map(({ file, line }) => ({ file, line }))).toEqual(added.sort(order));
    for (const [i, r] of reported.entries()) expect(r.reason).toMatch(i % 2 ? /never closes|fields, expected/ : /columns, expected|fields, expected/);
  });
});

describe("the UN-votes importer rejects roll calls it cannot date or identify", () => {
  let r: ImportResult;
  let db: Database.Database;
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), "gaiko-rows-")), "kb.db");
    copyFileSync(base, file);
    db = new Database(file);
    r = await importInto(db, unvotes, join(DATASETS, "unvotes-broken"));
  });

  it.each([
    [3, "1972-06-31, a day June does not have", '"1972-06-31" is not a date: 1972-06-31 is not a calendar date'],
    [4, "1972-13-45, a month no calendar has", '"1972-13-45" is not a date: month "13" is not a month'],
    [5, "an empty rcid (never read as 0)", "rcid is empty"],
    [6, "a second row for rcid 1", "rcid 1 repeats the roll call on line 2 (the first is kept)"],
  ])("roll_calls.csv line %i: %s", (line, _, reason) => {
    expect(r.issues).toContainEqual({ file: "roll_calls.csv", line, reason });
  });

  it("stores only the good roll calls, keeps the first of a repeated rcid, and counts the rest as rejected", () => {
    const calls = db.prepare("SELECT rcid, date, short FROM rollcalls ORDER BY rcid").all();
    expect(calls).toEqual([
      { rcid: 1, date: "1980-10-01", short: "FIXTURE ONE" },
      { rcid: 5, date: "1981-11-01", short: "FIXTURE FIVE, QUOTED" },
    ]);
    expect([r.read, r.rejected]).toEqual([12, 4]);
  });
});

describe("a quote that never closes costs its own line only", () => {
  it.each([
    ["at the end of the file", 'a,b,c\n1,2,3\n4,"5,6\n', [["1", "2", "3"]], [3]],
    ["in the middle, before a quoted field", 'a,b,c\n1,2,3\n4,"5,6\n7,8,9\n10,"x",12\n', [["1", "2", "3"], ["7", "8", "9"], ["10", "x", "12"]], [3]],
    ["in the header's file with CRLF endings", 'a,b,c\r\n"1,2,3\r\n4,5,6\r\n', [["4", "5", "6"]], [2]],
  ])("%s", async (_, text, rows, badLines) => {
    const path = join(mkdtempSync(join(tmpdir(), "gaiko-csv-")), "x.csv");
    writeFileSync(path, text);
    const got: string[][] = [];
    const bad: number[] = [];
    for await (const batch of readCsvBatches(path, (b) => bad.push(b.line))) for (const row of batch) got.push(["a", "b", "c"].map((c) => row.get(c)));
    expect(got).toEqual(rows);
    expect(bad).toEqual(badLines);
  });

  it.each([
    ['1,"Korea, Republic of",KOR', ["1", "Korea, Republic of", "KOR"]],
    ['1,"say ""hi""",x', ["1", 'say "hi"', "x"]],
    ['1,2"x,3', ["1", '2"x', "3"]],
    ['1,"2"x,3', ["1", '"2"x', "3"]],
    ['1,"open,3', undefined],
  ])("splits %s", (line, fields) => {
    expect(splitLine(line, ",")).toEqual(fields);
  });
});
