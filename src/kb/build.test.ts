import { mkdtempSync, readdirSync, writeFileSync, cpSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BROKEN, FIXTURE_SHARED, GOOD } from "../../test/helpers.js";
import { buildDatabase, BuildError } from "./build.js";
import { Store } from "./store.js";

const tmp = () => mkdtempSync(join(tmpdir(), "gaiko-build-"));

describe("buildDatabase", () => {
  it("writes every entity and statement and names the release", () => {
    const db = join(tmp(), "kb.db");
    const r = buildDatabase(GOOD, db, { sharedDir: FIXTURE_SHARED });
    const store = Store.open(db);
    expect(store.release).toBe(r.release);
    expect(r.release).toMatch(/^[0-9a-f]{16}$/);
    const n = (sql: string) => (store.db.prepare(sql).get() as { n: number }).n;
    expect(n("SELECT count(*) n FROM entities WHERE kind != 'source'")).toBe(r.entities);
    expect(n("SELECT count(*) n FROM statements")).toBe(r.statements);
    expect(n("SELECT count(*) n FROM statements s WHERE NOT EXISTS (SELECT 1 FROM statement_sources x WHERE x.statement_id = s.id)")).toBe(0);
    store.close();
  });

  it("gives the same release hash for the same data, and another when a file changes", () => {
    const dir = tmp();
    cpSync(GOOD, join(dir, "data"), { recursive: true });
    const a = buildDatabase(join(dir, "data"), join(dir, "a.db"), { sharedDir: FIXTURE_SHARED }).release;
    const b = buildDatabase(join(dir, "data"), join(dir, "b.db"), { sharedDir: FIXTURE_SHARED }).release;
    expect(a).toBe(b);
    writeFileSync(join(dir, "data", "places", "beijing.yaml"), "names: {en: Peking, ja: 北京}\ntype: city\n");
    expect(buildDatabase(join(dir, "data"), join(dir, "c.db"), { sharedDir: FIXTURE_SHARED }).release).not.toBe(a);
  });

  it("refuses data with lint errors and leaves the previous database and no temporary file", () => {
    const dir = tmp();
    const db = join(dir, "kb.db");
    buildDatabase(GOOD, db, { sharedDir: FIXTURE_SHARED });
    const before = statSync(db).mtimeMs;
    expect(() => buildDatabase(BROKEN, db, { sharedDir: FIXTURE_SHARED })).toThrow(BuildError);
    expect(statSync(db).mtimeMs).toBe(before);
    expect(Store.open(db).db.prepare("SELECT count(*) n FROM entities").get()).toEqual({ n: 18 });
    expect(readdirSync(dir)).toEqual(["kb.db"]);
  });

  it("merges the same fact written in two files into one statement with both sources", () => {
    const dir = tmp();
    cpSync(GOOD, join(dir, "data"), { recursive: true });
    writeFileSync(
      join(dir, "data", "events", "twin.yaml"),
      'names: {en: Twin}\ntype: other\nsources: [{source: seed-fixture, locator: "¶1"}]\nstatements:\n  - {p: diplomatic-relations, subject: japan, object: china, time: "1972-09-29/..", sources: [{source: seed-fixture, locator: "¶1"}]}\n',
    );
    const db = join(dir, "kb.db");
    buildDatabase(join(dir, "data"), db, { sharedDir: FIXTURE_SHARED });
    const store = Store.open(db);
    const rows = store.db.prepare("SELECT id FROM statements WHERE p = 'diplomatic-relations' AND (subject = 'china' OR object = 'china')").all() as { id: string }[];
    expect(rows).toHaveLength(1);
    const srcs = store.db.prepare("SELECT source_id FROM statement_sources WHERE statement_id = ? ORDER BY source_id").all(rows[0]!.id);
    expect(srcs).toEqual([{ source_id: "seed-fixture" }, { source_id: "web-mofa-fixture" }]);
  });
});
