import Database from "better-sqlite3";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureStore } from "../../test/helpers.js";
import { showEntity } from "./entity-query.js";
import { Store } from "./store.js";

const { store: plain, path } = fixtureStore();
const snapshot = Store.open(path).holdSnapshot().holdSnapshot();
afterAll(() => {
  plain.close();
  snapshot.close();
});

describe("a store holding a snapshot", () => {
  const ids = (plain.db.prepare("SELECT id FROM entities ORDER BY id").all() as { id: string }[]).map((r) => r.id);

  it("shows every entity as a store without one does, citations in the same order", () => {
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      for (const asOf of [undefined, "1972-09-29"]) expect(showEntity(snapshot, id, asOf), `${id} ${asOf}`).toEqual(showEntity(plain, id, asOf));
    }
  });

  it("reads inside one transaction, which a second call does not nest", () => {
    expect(snapshot.db.inTransaction).toBe(true);
    expect(plain.db.inTransaction).toBe(false);
  });
});

describe("statement rows read as JSON", () => {
  // A copy of the fixture with a row holding what JSON must carry over unchanged: quotes, backslashes, control
  // characters, text beyond the BMP, JSON-looking text, integers and nulls.
  const dir = mkdtempSync(join(tmpdir(), "gaiko-rows-"));
  const copy = join(dir, "rows.db");
  copyFileSync(path, copy);
  const w = new Database(copy);
  w.prepare("INSERT INTO statements (id, subject, p, object, value, time, s_min, s_max, e_min, e_max, e_open, e_unknown, at, via, role, status, asserted_by, note, origin, note_ja, value_ja) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    .run("st-odd", "japan", "attribute", null, '{"a": [1]}', "1972", "1972-01-01", "1972-12-31", "1972-01-01", "1972-12-31", 1, 0, null, null, "say \"hi\"\\ \u0001\t", "accepted", '["japan"]', "𠮷野家 \u2028 ok", "curated", "日本の注記", "値");
  w.close();
  const odd = Store.open(copy).holdSnapshot();
  afterAll(() => {
    odd.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("have the values, types and key order better-sqlite3 gives a row of the table", () => {
    const expected = odd.db.prepare("SELECT * FROM statements ORDER BY rowid").all() as Record<string, unknown>[];
    const rows = odd.statementRows("FROM statements s ORDER BY s.rowid");
    expect(rows.length).toBe(expected.length);
    expect(rows.length).toBeGreaterThan(20);
    rows.forEach((r, i) => expect(Object.entries(r), r.id).toEqual(Object.entries(expected[i]!)));
    expect(rows.at(-1)).toMatchObject({ value: '{"a": [1]}', e_open: 1, e_unknown: 0, at: null, role: 'say "hi"\\ \u0001\t', note: "𠮷野家 \u2028 ok" });
  });
});
