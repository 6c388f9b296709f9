// A dataset date known to be wrong, or a vaguer repeat of a curated date, goes to the disagreement
// ledger and stays out of answers (issue 16 item 4): GPTAD swaps day and month of the Japan–Thailand
// EPA's signature (2007-03-04 for 2007-04-03) and entry into force (2007-01-11 for 2007-11-01).
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { desta } from "../../src/datasets/importers/desta.js";
import { computeLedger } from "../../src/datasets/ledger.js";
import { importInto } from "../../src/datasets/run.js";
import { buildDatabase } from "../../src/kb/build.js";
import { showEntity } from "../../src/kb/entity-query.js";
import { disagreements } from "../../src/kb/sources.js";
import { Store } from "../../src/kb/store.js";
import { createApp } from "../../src/server/app.js";
import { FIXTURE_SHARED, GOOD, ROOT } from "../helpers.js";

const HERE = join(ROOT, "test", "datasets", "dates");
const dir = mkdtempSync(join(tmpdir(), "gaiko-dates-"));
const data = join(dir, "data");
cpSync(GOOD, data, { recursive: true });
cpSync(join(HERE, "data"), data, { recursive: true });
const file = join(dir, "kb.db");
buildDatabase(data, file, { sharedDir: FIXTURE_SHARED });
const db = new Database(file);
await importInto(db, desta, join(HERE, "gptad"));
computeLedger(db);
db.close();
const store = Store.open(file);
afterAll(() => store.close());

type Shown = { p: string; subject: { id: string }; object: { id: string } | null; time: string | null; status: string };
const times = (statements: Shown[], p: string, subject: string) => statements.filter((s) => s.p === p && s.subject.id === subject).map((s) => `${s.time} ${s.status}`);

describe("a dataset date that disagrees with a curated date as precise", () => {
  it("is not among the Thailand EPA's statements in the entity view: signed only 2007-04-03, in force from 2007-11-01", () => {
    const v = showEntity(store, "japan-thailand-epa")!;
    expect(times(v.statements, "signed", "japan-thailand-epa")).toEqual(["2007-04-03 accepted"]);
    expect(times(v.statements, "party-to", "japan")).toEqual(["2007-11-01/.. accepted"]);
  });

  it("is not in the entity API's answer", async () => {
    const r = await createApp(store).request("/api/v1/entities/japan-thailand-epa");
    expect(r.status).toBe(200);
    const body = (await r.json()) as { statements: Shown[] };
    expect(times(body.statements, "signed", "japan-thailand-epa")).toEqual(["2007-04-03 accepted"]);
    expect(times(body.statements, "party-to", "japan")).toEqual(["2007-11-01/.. accepted"]);
  });

  it("is not in gaiko show", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "gaiko.js"), "show", "japan-thailand-epa", "--db", file, "--json"], { encoding: "utf8", env: { ...process.env, GAIKO_DATA: data, GAIKO_SHARED: FIXTURE_SHARED } });
    expect(r.status, r.stderr).toBe(0);
    const body = JSON.parse(r.stdout) as { statements: Shown[] };
    expect(times(body.statements, "signed", "japan-thailand-epa")).toEqual(["2007-04-03 accepted"]);
  }, 20_000);

  it("stays in the ledger, named once, beside the curated date", () => {
    const d = disagreements(store);
    expect(d.ledger.filter((l) => l.statement.subject.id === "japan-thailand-epa" || l.statement.object?.id === "japan-thailand-epa").map((l) => [l.topic, l.statement.time, l.other?.time])).toEqual([
      ["party-to", "2007-01-11/", "2007-11-01/.."],
      ["signed", "2007-03-04", "2007-04-03"],
    ]);
    expect(d.items.map((i) => i.statement.time)).not.toContain("2007-03-04");
  });
});

describe("the ledger run again", () => {
  it("sets aside the same statements, as a re-import of one dataset runs it over those it set aside before", () => {
    const w = new Database(file);
    const state = () => [w.prepare("SELECT id, a_statement, note FROM ledger ORDER BY id").all(), w.prepare("SELECT id, status FROM statements ORDER BY id").all()];
    const before = state();
    computeLedger(w);
    expect(state()).toEqual(before);
    w.close();
  });
});

describe("a vaguer repeat of a curated date", () => {
  it("leaves the 1978 treaty's entity view with its exact signing day and the rejected seed claim, not the year alone", () => {
    const v = showEntity(store, "japan-china-peace-and-friendship-treaty")!;
    expect(times(v.statements, "signed", "japan-china-peace-and-friendship-treaty")).toEqual(["1972 rejected", "1978-08-12 accepted"]);
  });

  it("is kept in the ledger beside the exact date", () => {
    const d = disagreements(store);
    expect(d.ledger.filter((l) => l.topic === "signed" && l.statement.subject.id === "japan-china-peace-and-friendship-treaty").map((l) => [l.statement.time, l.other?.time])).toEqual([["1978", "1978-08-12"]]);
  });

  it("leaves the dataset date that agrees at its own precision as a further source of the curated one", () => {
    const v = showEntity(store, "japan-thailand-epa")!;
    const signed = v.statements.find((s) => s.p === "signed")!;
    expect(signed.sources.map((s) => s.locator)).toEqual(["§ 1", "parties_DESTA.csv line 2"]);
  });
});
