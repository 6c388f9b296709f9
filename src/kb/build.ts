import Database from "better-sqlite3";
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import type { Entity } from "../model/entity.js";
import { lintData, type LintResult } from "./lint.js";
import { flattenStatements } from "./statements.js";
import { SCHEMA_SQL, SCHEMA_VERSION } from "./schema.js";
import { searchKey } from "./text.js";

export interface BuildResult {
  release: string;
  entities: number;
  statements: number;
  sources: number;
  path: string;
  lint: LintResult;
}

export class BuildError extends Error {
  constructor(
    message: string,
    readonly lint: LintResult,
  ) {
    super(message);
  }
}

/**
 * Compiles data/ into the SQLite store at `dbFile`, atomically: everything is written to a temporary
 * file beside it, which is renamed over the old database only when complete. A crash or a lint error
 * leaves the previous database untouched.
 *
 * @example buildDatabase("data", "var/gaiko.db", { sharedDir: "../shared" })
 */
export function buildDatabase(dataDir: string, dbFile: string, opts: { sharedDir?: string } = {}): BuildResult {
  const lint = lintData(dataDir, opts);
  if (lint.errors.length) throw new BuildError(`data/ has ${lint.errors.length} lint errors; run gaiko lint`, lint);
  mkdirSync(dirname(dbFile), { recursive: true });
  const tmp = `${dbFile}.${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  const db = new Database(tmp);
  try {
    db.pragma("journal_mode = OFF");
    db.pragma("synchronous = OFF");
    db.exec(SCHEMA_SQL);
    const counts = writeAll(db, lint.entities, lint.release);
    db.exec("INSERT INTO search(search) VALUES('optimize')");
    db.close();
    renameSync(tmp, dbFile);
    return { release: lint.release, ...counts, path: dbFile, lint };
  } catch (e) {
    if (db.open) db.close();
    rmSync(tmp, { force: true });
    throw e;
  }
}

function writeAll(db: Database.Database, entities: Entity[], release: string) {
  const insEntity = db.prepare(
    "INSERT INTO entities(id, kind, type, name_en, name_ja, summary_en, summary_ja, origin, body) VALUES (?,?,?,?,?,?,?,?,?)",
  );
  const insName = db.prepare("INSERT INTO names(entity_id, text, key, lang, kind, primary_name) VALUES (?,?,?,?,?,?)");
  const insSearch = db.prepare("INSERT INTO search(entity_id, names, summary) VALUES (?,?,?)");
  const insEntitySource = db.prepare("INSERT INTO entity_sources(entity_id, source_id, locator) VALUES (?,?,?)");
  const insStatement = db.prepare(
    `INSERT INTO statements(id, subject, p, object, value, time, s_min, s_max, e_min, e_max, e_open, e_unknown,
       at, via, role, status, asserted_by, note, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const insStatementSource = db.prepare("INSERT INTO statement_sources(statement_id, source_id, locator) VALUES (?,?,?)");
  const statements = flattenStatements(entities);
  let sources = 0;
  db.transaction(() => {
    for (const e of entities) {
      const { id, kind, origin, ...body } = e;
      const type = "type" in e ? e.type : e.kind === "state" ? e.statehood : null;
      const summary = "summary" in e ? e.summary : undefined;
      insEntity.run(id, kind, type, e.names.en, e.names.ja ?? null, summary?.en ?? null, summary?.ja ?? null, origin, JSON.stringify(body));
      const names: { text: string; lang: string; kind: string; primary: number }[] = [
        { text: e.names.en, lang: "en", kind: "name", primary: 1 },
        ...(e.names.ja ? [{ text: e.names.ja, lang: "ja", kind: "name", primary: 1 }] : []),
        ...("aliases" in e ? e.aliases.map((a) => ({ ...a, primary: 0 })) : []),
      ];
      for (const n of names) insName.run(id, n.text, searchKey(n.text), n.lang, n.kind, n.primary);
      insSearch.run(id, names.map((n) => searchKey(n.text)).join("\n"), searchKey([summary?.en, summary?.ja].filter(Boolean).join("\n")));
      if (kind === "source") sources++;
      else for (const r of e.sources) insEntitySource.run(id, r.source, r.locator ?? null);
    }
    for (const s of statements) {
      const b = s.bounds;
      insStatement.run(
        s.id, s.subject, s.p, s.object ?? null, s.value === undefined ? null : String(s.value), s.time ?? null,
        b?.start.min ?? null, b?.start.max ?? null, b?.end.min ?? null, b?.end.max ?? null,
        b ? Number(b.end.open) : null, b ? Number(b.end.unknown) : null,
        s.at ?? null, s.via ?? null, s.role ?? null, s.status, s.assertedBy ? JSON.stringify(s.assertedBy) : null,
        s.note ?? null, s.origins[0]!.file,
      );
      for (const r of s.sources) insStatementSource.run(s.id, r.source, r.locator ?? null);
    }
    const meta = db.prepare("INSERT INTO meta(key, value) VALUES (?, ?)");
    meta.run("release", release);
    meta.run("schema_version", String(SCHEMA_VERSION));
    meta.run("built_at", new Date().toISOString());
    meta.run("entities", String(entities.length));
    meta.run("statements", String(statements.length));
  })();
  return { entities: entities.length - sources, statements: statements.length, sources };
}
