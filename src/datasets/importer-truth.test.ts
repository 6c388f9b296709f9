// Importer truth (issue 16 item 4): what a random citation audit found wrong in imported statements.
import Database from "better-sqlite3";
import { mkdtempSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { FIXTURES, FIXTURE_SHARED, GOOD, ROOT } from "../../test/helpers.js";
import { buildDatabase } from "../kb/build.js";
import { conflict, sidesOf } from "./importers/conflict.js";
import { importInto } from "./run.js";
import { vendorDataset } from "./vendor.js";
import { computeLedger } from "./ledger.js";
import { rowWriter } from "../kb/rows.js";
import { parseTime, type TimeBounds } from "../model/time.js";
import { instrumentIds, treaties } from "./importers/treaties.js";

const DATASETS = join(FIXTURES, "datasets");
const MINE = join(ROOT, "test", "datasets");
let db: Database.Database;

beforeEach(() => {
  const file = join(mkdtempSync(join(tmpdir(), "gaiko-truth-")), "kb.db");
  buildDatabase(GOOD, file, { sharedDir: FIXTURE_SHARED });
  db = new Database(file);
});

const participants = (event: string) =>
  db.prepare("SELECT object, role FROM statements WHERE subject = ? AND p = 'participant' ORDER BY role, object").all(event);

describe("the conflict importer reads the MID side columns", () => {
  it.each([
    ["0", "1", ["side B", "side A"]],
    ["1", "0", ["side A", "side B"]],
    ["1", "1", "both states on side A (sideaa = sideab = 1)"],
    ["-9", "1", 'sideaa "-9" or sideab "1" is not 0 or 1'],
  ])("reads sideaa %j and sideab %j as %j", (a, b, want) => expect(sidesOf(a, b)).toEqual(want));

  it("puts each state of a dispute on its own side only, though the data list each dyad in both directions", async () => {
    await importInto(db, conflict, join(DATASETS, "conflict-mids-wars-rivalries"));
    expect(participants("mid-13-japan-united-states")).toEqual([
      { object: "united-states", role: "side A" },
      { object: "japan", role: "side B" },
    ]);
  });

  it("puts Japan on side B against the United States in dispute 258 (the Pacific War), whichever state a row names first", async () => {
    await importInto(db, conflict, join(MINE, "conflict"));
    expect(participants("mid-258-japan-united-states")).toEqual([
      { object: "united-states", role: "side A" },
      { object: "japan", role: "side B" },
    ]);
    expect(db.prepare("SELECT count(*) n FROM statements WHERE p = 'participant' AND subject LIKE 'mid-258-%' AND object = 'japan' AND role = 'side A'").get()).toEqual({ n: 0 });
  });
});

describe("GGO treaties that share one treaty id", () => {
  it("gives each distinct treaty its own entity: the three US–Japan fishery notes of 1974 are not one agreement", async () => {
    await importInto(db, treaties, join(MINE, "treaties"));
    const entities = db.prepare("SELECT id, name_en FROM entities WHERE id LIKE 'ggo-jpn-usa-1974n%' ORDER BY id").all() as { id: string; name_en: string }[];
    expect(entities.map((e) => [e.id, e.name_en.replace(/^.* (Regarding|Concerning) /, "")])).toEqual([
      ["ggo-jpn-usa-1974n-1", "The King And Tanner Crab Fisheries In The Eastern Bering Sea"],
      ["ggo-jpn-usa-1974n-2", "Certain Fisheries Off The Coast Of The United States Of America"],
      ["ggo-jpn-usa-1974n-3", "Salmon Fishing"],
    ]);
    // Each keeps its own dates: the crab agreement ended on 1976-12-31, not with the salmon notes in 1977.
    expect(db.prepare("SELECT subject, time FROM statements WHERE p = 'in-force' AND origin = 'dataset:treaties' ORDER BY subject").all()).toEqual([
      { subject: "ggo-jpn-usa-1974n-1", time: "1975-01-01/1976-12-31" },
      { subject: "ggo-jpn-usa-1974n-2", time: "1975-01-01/1977-02-10" },
    ]);
    expect(db.prepare("SELECT subject, object, time FROM statements WHERE p = 'party-to' AND origin = 'dataset:treaties' ORDER BY object, subject").all()).toEqual([
      { subject: "japan", object: "ggo-jpn-usa-1974n-1", time: "1975-01-01/1976-12-31" },
      { subject: "united-states", object: "ggo-jpn-usa-1974n-1", time: "1975-01-01/1976-12-31" },
      { subject: "japan", object: "ggo-jpn-usa-1974n-2", time: "1975-01-01/1977-02-10" },
      { subject: "united-states", object: "ggo-jpn-usa-1974n-2", time: "1975-01-01/1977-02-10" },
    ]);
    expect(db.prepare("SELECT count(*) n FROM statements WHERE p = 'signatory-of' AND subject = 'japan'").get()).toEqual({ n: 3 });
  });

  it.each([
    ["one treaty under an id keeps the plain id", [{ treaty: "JPN-USA_1958O", title: "Trade", treatySig: "1958-02-04" }], ["ggo-jpn-usa-1958o"]],
    ["treaties sharing an id are numbered by signature date, then title, whatever the row order", [
      { treaty: "X_1977A", title: "Interim", treatySig: "1977-02-10" },
      { treaty: "X_1977A", title: "Nuclear", treatySig: "1977-09-12" },
      { treaty: "X_1977A", title: "Fisheries", treatySig: "1977-03-18" },
      { treaty: "X_1977A", title: "Interim", treatySig: "1977-02-10" },
    ], ["ggo-x-1977a-1", "ggo-x-1977a-3", "ggo-x-1977a-2", "ggo-x-1977a-1"]],
  ])("%s", (_, rows, want) => {
    const ids = instrumentIds(rows);
    expect(rows.map((r) => ids.get(`${r.treaty}|${r.title.toLowerCase()}|${r.treatySig}`))).toEqual(want);
  });
});

describe("a vendored extract", () => {
  it("keeps each row on the line it has in the original, so a locator names the same row in both", async () => {
    const from = join(DATASETS, "conflict-mids-wars-rivalries");
    const dataDir = mkdtempSync(join(tmpdir(), "gaiko-vendor-"));
    await vendorDataset(conflict, from, dataDir, { "dyadic_mid_4.02.csv": (l) => l.startsWith("99999,") });
    const out = join(dataDir, "vendor", "conflict-mids-wars-rivalries");
    const original = readFileSync(join(from, "dyadic_mid_4.02.csv"), "utf8").split(/\r?\n/);
    const extract = gunzipSync(readFileSync(join(out, "dyadic_mid_4.02.csv.gz"))).toString("utf8").split("\n");
    expect(extract.map((l, i) => (l === "" ? "" : l === original[i] ? "same" : "other"))).toEqual(["same", "", "", "same", ""]);
    // The importer reports the bad row of the extract at its line in the original.
    const r = await importInto(db, conflict, out);
    expect(r.issues).toEqual([{ file: "dyadic_mid_4.02.csv", line: 4, reason: "start: 1972-06-31 is not a calendar date" }]);
  });
});

describe("the ledger sets aside a dataset date only beside the same fact dated at least as precisely", () => {
  const add = (id: string, p: string, subject: string, object: string | undefined, time: string, origin: string) =>
    rowWriter(db).statement({ id, p, subject, object, time, bounds: parseTime(time) as TimeBounds, status: "accepted", origin });
  const statusOf = (id: string) => (db.prepare("SELECT status FROM statements WHERE id = ?").get(id) as { status: string }).status;

  it.each([
    ["a war coded by year beside the curated war it overlaps and agrees with is a vaguer repeat", "rejected", "at-war", "1894/1895", "1894-08-01/1895-05-08"],
    ["a war in another year (the Boxer expedition beside the war of 1894–95) is another war", "accepted", "at-war", "1900", "1894-08-01/1895-05-08"],
    ["a war whose years disagree with the curated war it overlaps", "rejected", "at-war", "1894/1899", "1894-08-01/1895-05-08"],
    ["a signing on another day beside the curated day", "rejected", "signed", "1978-12-08", "1978-08-12"],
    ["a signing on another day beside a curated year only, which is less precise", "accepted", "signed", "1979-03-04", "1978"],
    ["a signing dated by year beside the curated day is a vaguer repeat", "rejected", "signed", "1978", "1978-08-12"],
    ["a term left open by a dataset beside the same term closed in data/", "rejected", "holds-office", "2012-12-26/..", "2012-12-26/2020-09-16"],
    ["a term closed alike in both", "accepted", "holds-office", "2012-12-26/2020-09-16", "2012-12-26/2020-09-16"],
  ])("%s: %s", (_, want, p, theirs, ours) => {
    const [subject, object] = p === "signed" ? ["japan-china-peace-and-friendship-treaty", undefined] : p === "holds-office" ? ["shinzo-abe", "japan"] : ["japan", "russia"];
    db.prepare("DELETE FROM statements WHERE p = ?").run(p);
    add("st-curated", p, subject, object, ours, "data/x.yaml");
    add("st-dataset", p, subject, object, theirs, "dataset:test");
    computeLedger(db);
    expect(statusOf("st-dataset")).toBe(want);
    expect(statusOf("st-curated")).toBe("accepted");
  });
});
