import Database from "better-sqlite3";
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { buildDatabase, type BuildResult } from "../kb/build.js";
import { DbSink, sourceIdOf, type SinkCounts } from "./sink.js";
import type { Importer } from "./types.js";
import { computeLedger } from "./ledger.js";

export interface ImportResult extends SinkCounts {
  dataset: string;
  input: string;
  issues: { file: string; line: number; reason: string }[];
  ms: number;
}

/** The vendored extract of a dataset inside data/, used when no --from is given. */
export function vendorDir(dataDir: string, importer: Importer): string {
  return join(dataDir, "vendor", importer.provenance.dataset);
}

/**
 * Runs one importer into an open database inside a transaction, after removing what an earlier run
 * of the same dataset wrote; records what it read, took and skipped.
 */
export async function importInto(db: Database.Database, importer: Importer, dir: string, onProgress?: (msg: string) => void): Promise<ImportResult> {
  const t0 = performance.now();
  const source = sourceIdOf(importer);
  const origin = `dataset:${importer.name}`;
  db.exec("BEGIN");
  try {
    db.prepare("DELETE FROM statement_sources WHERE source_id = ?").run(source);
    db.prepare("DELETE FROM statements WHERE origin = ? AND id NOT IN (SELECT statement_id FROM statement_sources)").run(origin);
    db.prepare("DELETE FROM series WHERE source_id = ?").run(source);
    db.prepare("DELETE FROM rollcalls WHERE source_id = ?").run(source);
    db.prepare("DELETE FROM import_issues WHERE dataset = ?").run(importer.name);
    db.prepare("DELETE FROM import_log WHERE dataset = ?").run(importer.name);
    const sink = new DbSink(db, importer.name, importer.provenance, onProgress);
    await importer.run(dir, sink);
    const ins = db.prepare("INSERT INTO import_issues(dataset, file, line, reason) VALUES (?,?,?,?)");
    for (const i of sink.issues) ins.run(importer.name, i.file, i.line, i.reason);
    const c = sink.counts;
    db.prepare("INSERT INTO import_log VALUES (?,?,?,?,?,?,?,?,?)").run(importer.name, source, dir, c.read, c.taken, c.skipped, c.statements, c.series, new Date().toISOString());
    db.exec("COMMIT");
    return { dataset: importer.name, input: dir, ...c, issues: sink.issues, ms: Math.round(performance.now() - t0) };
  } catch (e) {
    db.exec("ROLLBACK");
    throw e;
  }
}

/**
 * `gaiko import NAME [--from PATH]`: re-imports one dataset into the database atomically. The database
 * is copied to a temporary file, the import runs there, and the copy replaces the database only when
 * complete; a crash or Ctrl-C leaves the previous database intact.
 */
export async function runImport(dbFile: string, importer: Importer, dir: string, onProgress?: (msg: string) => void): Promise<ImportResult> {
  if (!existsSync(dbFile)) throw new Error(`no database at ${dbFile}; run gaiko build first`);
  const tmp = `${dbFile}.${process.pid}.import.tmp`;
  const cleanup = () => rmSync(tmp, { force: true });
  const onSignal = () => {
    cleanup();
    process.stderr.write("\ngaiko import: interrupted; the database was left as it was\n");
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    copyFileSync(dbFile, tmp);
    const db = new Database(tmp);
    try {
      const r = await importInto(db, importer, dir, onProgress);
      computeLedger(db);
      db.prepare("UPDATE meta SET value = ? WHERE key = 'built_at'").run(new Date().toISOString());
      db.close();
      renameSync(tmp, dbFile);
      return r;
    } finally {
      if (db.open) db.close();
    }
  } finally {
    cleanup();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

export interface FullBuildResult extends BuildResult {
  imports: ImportResult[];
}

/**
 * The full build: curated data/ (linted), then every dataset whose extract is vendored in
 * data/vendor/, then the disagreement ledger — all in a temporary file renamed over the database
 * only when everything succeeded.
 */
export async function buildAll(dataDir: string, dbFile: string, importers: Importer[], opts: { sharedDir?: string; onProgress?: (msg: string) => void } = {}): Promise<FullBuildResult> {
  const tmp = `${dbFile}.${process.pid}.build.tmp`;
  try {
    const base = buildDatabase(dataDir, tmp, { sharedDir: opts.sharedDir });
    const db = new Database(tmp);
    const imports: ImportResult[] = [];
    try {
      db.pragma("journal_mode = OFF");
      db.pragma("synchronous = OFF");
      for (const imp of importers) {
        const dir = vendorDir(dataDir, imp);
        if (existsSync(dir)) imports.push(await importInto(db, imp, dir, opts.onProgress));
      }
      computeLedger(db);
      db.exec("INSERT INTO search(search) VALUES('optimize')");
    } finally {
      db.close();
    }
    renameSync(tmp, dbFile);
    return { ...base, path: dbFile, imports };
  } finally {
    rmSync(tmp, { force: true });
  }
}
