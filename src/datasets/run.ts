import Database from "better-sqlite3";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { writeDatabase, type BuildResult } from "../kb/build.js";
import { replaceAtomically, removeStaleTemps } from "../kb/atomic.js";
import { acquireWriterLock } from "../kb/lock.js";
import { applyAgreementNames } from "../kb/agreement-names.js";
import { DbSink, sourceIdOf, type SinkCounts } from "./sink.js";
import type { Importer } from "./types.js";
import { computeLedger } from "./ledger.js";

export interface ImportResult extends SinkCounts {
  dataset: string;
  input: string;
  issues: { file: string; line: number; reason: string }[];
  /** Files that had a header and no rows. */
  empty: string[];
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
export async function importInto(db: Database.Database, importer: Importer, dir: string, onProgress?: (msg: string) => void, namesJa?: ReadonlyMap<string, string>): Promise<ImportResult> {
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
    const sink = new DbSink(db, importer.name, importer.provenance, onProgress, namesJa);
    await importer.run(dir, sink);
    const ins = db.prepare("INSERT INTO import_issues(dataset, file, line, reason) VALUES (?,?,?,?)");
    for (const i of sink.issues) ins.run(importer.name, i.file, i.line, i.reason);
    const c = sink.counts;
    db.prepare("INSERT INTO import_log VALUES (?,?,?,?,?,?,?,?,?)").run(importer.name, source, dir, c.read, c.taken, c.skipped, c.statements, c.series, new Date().toISOString());
    db.exec("COMMIT");
    return { dataset: importer.name, input: dir, ...c, issues: sink.issues, empty: [...sink.empty], ms: Math.round(performance.now() - t0) };
  } catch (e) {
    db.exec("ROLLBACK");
    throw e;
  }
}

/** The share of rows an import may reject (broken rows, impossible values) before it fails: 5 %. */
export const DEFAULT_MAX_REJECTED = 0.05;

/** An import that read nothing, or rejected more than its share of rows: the old database stays. */
export class ImportRejectedError extends Error {
  constructor(
    readonly result: ImportResult,
    why: string,
  ) {
    super(`${result.dataset}: ${why}; nothing was written`);
  }
}

/**
 * Throws `ImportRejectedError` when an import read no rows at all, read a file with a header and no
 * rows, or rejected more than `maxRejected` (a share, 0.05 = 5 %) of what it read. Rows an importer
 * leaves out on purpose (outside Japan's relations, codes with no state) are skipped, not rejected.
 *
 * @example checkRejected(await importInto(db, atop, dir), 0.05)
 */
export function checkRejected(r: ImportResult, maxRejected = DEFAULT_MAX_REJECTED): void {
  if (r.empty.length) throw new ImportRejectedError(r, `read nothing from ${r.empty.join(", ")} (no rows after the header)`);
  if (r.read === 0) throw new ImportRejectedError(r, `read nothing from ${r.input}`);
  if (r.rejected > maxRejected * r.read) {
    const pct = (n: number) => `${Number((100 * n).toFixed(2))} %`;
    throw new ImportRejectedError(r, `rejected ${r.rejected} of ${r.read} rows (${pct(r.rejected / r.read)}), more than the ${pct(maxRejected)} allowed (--max-rejected)`);
  }
}

export interface WriterOptions {
  /** See `checkRejected`; default 5 %. */
  maxRejected?: number;
  onProgress?: (msg: string) => void;
  /** One-line notices: a stale lock taken over, temporary files of killed writers removed. */
  onNotice?: (msg: string) => void;
}

/**
 * Runs `write` as the one writer of `dbFile`: takes the writer lock (a second writer is refused at
 * once), removes what killed writers left, and on Ctrl-C or SIGTERM removes `tmp` before exiting,
 * so the database is left as it was.
 *
 * @example await asWriter("var/gaiko.db", "vendor", undefined, {}, async () => vendorDataset(…))
 */
export async function asWriter<T>(dbFile: string, command: string, tmp: string | undefined, opts: WriterOptions, write: () => Promise<T>): Promise<T> {
  const notice = opts.onNotice ?? (() => {});
  const lock = acquireWriterLock(dbFile, command, notice);
  const onSignal = (signal: NodeJS.Signals) => {
    if (tmp) rmSync(tmp, { force: true });
    lock.release();
    process.stderr.write(`\ngaiko ${command}: interrupted (${signal}); the database was left as it was\n`);
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const removed = removeStaleTemps(dbFile);
    if (removed) notice(removed);
    return await write();
  } finally {
    if (tmp) rmSync(tmp, { force: true });
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    lock.release();
  }
}

/** Writing a temporary copy: a memory journal (so a failed import rolls back) and no syncing until `replaceAtomically`. */
function fastPragmas(db: Database.Database): void {
  db.pragma("journal_mode = MEMORY");
  db.pragma("synchronous = OFF");
}

/**
 * `gaiko import NAME [--from PATH]`: re-imports one dataset into the database atomically, as the one
 * writer. The database is copied to a temporary file, the import runs there, and the copy replaces
 * the database only when complete and within `maxRejected`; a crash, Ctrl-C or power cut leaves the
 * previous database intact.
 *
 * @example await runImport("var/gaiko.db", atop, "data/vendor/alliances-atop", undefined, { maxRejected: 0.05 })
 */
export async function runImport(dbFile: string, importer: Importer, dir: string, onProgress?: (msg: string) => void, opts: WriterOptions = {}): Promise<ImportResult> {
  const tmp = `${dbFile}.${process.pid}.import.tmp`;
  return asWriter(dbFile, "import", tmp, opts, async () => {
    // Checked under the lock: a build that is running may be about to create it.
    if (!existsSync(dbFile)) throw new Error(`no database at ${dbFile}; run gaiko build first`);
    copyFileSync(dbFile, tmp);
    const db = new Database(tmp);
    try {
      fastPragmas(db);
      const r = await importInto(db, importer, dir, onProgress ?? opts.onProgress);
      checkRejected(r, opts.maxRejected);
      computeLedger(db);
      db.prepare("UPDATE meta SET value = ? WHERE key = 'built_at'").run(new Date().toISOString());
      db.close();
      replaceAtomically(tmp, dbFile);
      return r;
    } finally {
      if (db.open) db.close();
    }
  });
}

export interface FullBuildResult extends BuildResult {
  imports: ImportResult[];
}

/**
 * The full build, as the one writer of `dbFile`: curated data/ (linted), then every dataset whose
 * extract is vendored in data/vendor/ (each within `maxRejected`), then the disagreement ledger —
 * all in a temporary file that replaces the database only when everything succeeded.
 *
 * @example await buildAll("data", "var/gaiko.db", IMPORTERS, { sharedDir: "../shared" })
 */
export async function buildAll(dataDir: string, dbFile: string, importers: Importer[], opts: { sharedDir?: string } & WriterOptions = {}): Promise<FullBuildResult> {
  mkdirSync(dirname(dbFile), { recursive: true });
  const tmp = `${dbFile}.${process.pid}.build.tmp`;
  return asWriter(dbFile, "build", tmp, opts, async () => {
    const base = writeDatabase(dataDir, tmp, { sharedDir: opts.sharedDir });
    const db = new Database(tmp);
    const imports: ImportResult[] = [];
    // The Japanese names given below, known now so that the imports' Japanese summaries can use them.
    const namesJa = new Map(base.lint.agreementNames.map((e) => [e.id, e.ja]));
    try {
      fastPragmas(db);
      for (const imp of importers) {
        const dir = vendorDir(dataDir, imp);
        if (!existsSync(dir)) continue;
        const r = await importInto(db, imp, dir, opts.onProgress, namesJa);
        checkRejected(r, opts.maxRejected);
        imports.push(r);
      }
      // Japanese names for the agreements the imports made (data/agreement-names); an unknown id is a warning.
      base.lint.warnings.push(...applyAgreementNames(db, base.lint.agreementNames));
      computeLedger(db);
      db.exec("INSERT INTO search(search) VALUES('optimize')");
    } finally {
      db.close();
    }
    replaceAtomically(tmp, dbFile);
    return { ...base, path: dbFile, imports };
  });
}
