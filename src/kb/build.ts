import Database from "better-sqlite3";
import { mkdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import type { Entity } from "../model/entity.js";
import { lintData, type LintResult } from "./lint.js";
import { generatedNames } from "./generated-names.js";
import { flattenStatements } from "./statements.js";
import { SCHEMA_SQL, SCHEMA_VERSION } from "./schema.js";
import { rowWriter } from "./rows.js";
import { replaceAtomically } from "./atomic.js";

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
 * file beside it, which replaces the old database only when complete (`replaceAtomically`: flushed to
 * the disk before and after the rename). A crash, a power cut or a lint error leaves the previous
 * database whole. Callers that write the real database take the writer lock first (see `buildAll`).
 *
 * @example buildDatabase("data", "var/gaiko.db", { sharedDir: "../shared" })
 */
export function buildDatabase(dataDir: string, dbFile: string, opts: { sharedDir?: string } = {}): BuildResult {
  mkdirSync(dirname(dbFile), { recursive: true });
  const tmp = `${dbFile}.${process.pid}.tmp`;
  try {
    const r = writeDatabase(dataDir, tmp, opts);
    replaceAtomically(tmp, dbFile);
    return { ...r, path: dbFile };
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Lints data/ and writes it into a new database at `file` (replaced if it exists), in place: for a
 * file that is itself temporary, which the caller renames into place once everything else is added.
 *
 * @example writeDatabase("data", "var/gaiko.db.123.build.tmp")
 */
export function writeDatabase(dataDir: string, file: string, opts: { sharedDir?: string } = {}): BuildResult {
  const lint = lintData(dataDir, opts);
  if (lint.errors.length) throw new BuildError(`data/ has ${lint.errors.length} lint errors; run gaiko lint`, lint);
  rmSync(file, { force: true });
  const db = new Database(file);
  try {
    // No journal and no syncing while writing: the file is temporary until the caller's
    // replaceAtomically() flushes it whole and renames it, so a crash here loses only the temporary file.
    db.pragma("journal_mode = OFF");
    db.pragma("synchronous = OFF");
    db.exec(SCHEMA_SQL);
    const counts = writeAll(db, lint.entities, lint.release);
    db.exec("INSERT INTO search(search) VALUES('optimize')");
    db.close();
    return { release: lint.release, ...counts, path: file, lint };
  } catch (e) {
    if (db.open) db.close();
    rmSync(file, { force: true });
    throw e;
  }
}

function writeAll(db: Database.Database, entities: Entity[], release: string) {
  const w = rowWriter(db);
  const statements = flattenStatements(entities);
  const generated = generatedNames(entities, statements);
  let sources = 0;
  db.transaction(() => {
    for (const e of entities) {
      const { id, kind, origin, ...body } = e;
      const type = "type" in e ? e.type : e.kind === "state" ? e.statehood : null;
      const summary = "summary" in e ? e.summary : undefined;
      const aliases = [...("aliases" in e ? e.aliases : []), ...(generated.get(id) ?? [])];
      w.entity({ id, kind, type, names: e.names, aliases, summary, origin, body });
      if (kind === "source") sources++;
      else for (const r of e.sources) w.entitySource(id, r.source, r.locator ?? null);
    }
    for (const s of statements) {
      w.statement({ ...s, origin: s.origins[0]!.file });
      for (const r of s.sources) w.statementSource(s.id, r.source, r.locator ?? null);
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
