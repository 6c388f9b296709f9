// Importer truth (issue 16 item 4): what a random citation audit found wrong in imported statements.
import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { FIXTURES, FIXTURE_SHARED, GOOD, ROOT } from "../../test/helpers.js";
import { buildDatabase } from "../kb/build.js";
import { conflict, sidesOf } from "./importers/conflict.js";
import { importInto } from "./run.js";

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
