import type { Command } from "commander";
import { BuildError } from "../kb/build.js";
import { WriterLockedError } from "../kb/lock.js";
import { buildAll, DEFAULT_MAX_REJECTED, ImportRejectedError } from "../datasets/run.js";
import { IMPORTERS } from "../datasets/registry.js";
import { formatDiagnostic } from "../kb/lint.js";
import { dataDir, dbPath, sharedDir } from "../kb/paths.js";
import { emit, formatOf, EXIT, UsageError } from "./output.js";

/**
 * `--max-rejected <percent>`: the share of rows an import may reject, as a percentage (0–100).
 *
 * @example parsePercent("--max-rejected", "2.5") // 0.025
 */
export function parsePercent(flag: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (v.trim() === "" || !/^\d+(\.\d+)?$/.test(v.trim()) || n > 100) throw new UsageError(flag, `a percentage from 0 to 100 (got "${v}")`);
  return n / 100;
}

/** One-line notices of a writer (a stale lock taken over, temporary files of killed writers removed), on stderr. */
export const noticeTo = (command: string) => (msg: string) => process.stderr.write(`gaiko ${command}: ${msg}\n`);

/**
 * Reports the errors a writer (build, import, vendor) can end with and sets the exit code: another
 * writer holds the lock (6), an import rejected too much (1, with its first broken rows). Other
 * errors are left to main.
 */
export function reportWriterError(command: string, e: unknown): boolean {
  if (e instanceof WriterLockedError) {
    process.stderr.write(`gaiko ${command}: refused: ${e.message}\n`);
    process.exitCode = EXIT.busy;
    return true;
  }
  if (e instanceof ImportRejectedError) {
    const issues = e.result.issues;
    for (const i of issues.slice(0, 20)) process.stderr.write(`${i.file}:${i.line}: ${i.reason}\n`);
    if (issues.length > 20) process.stderr.write(`… and ${issues.length - 20} more skipped rows\n`);
    process.stderr.write(`gaiko ${command}: ${e.message}; the previous database was left as it was\n`);
    process.exitCode = EXIT.failed;
    return true;
  }
  return false;
}

/** `gaiko build`: compiles data/ into the SQLite store atomically (temporary file, then rename), as the one writer. */
export function registerBuildCommand(program: Command): void {
  program
    .command("build")
    .description("compile data/ and the vendored datasets into the embedded SQLite database (atomic: temporary file, then rename)")
    .option("--db <path>", "where to write the database (default: var/gaiko.db, or $GAIKO_DB)")
    .option("--max-rejected <percent>", `fail when an import rejects more than this share of its rows (default ${DEFAULT_MAX_REJECTED * 100})`)
    .option("--json", "machine-readable output")
    .action(async (opts: { db?: string; json?: boolean; maxRejected?: string }) => {
      const started = performance.now();
      const maxRejected = parsePercent("--max-rejected", opts.maxRejected, DEFAULT_MAX_REJECTED);
      try {
        const r = await buildAll(dataDir(), opts.db ?? dbPath(), IMPORTERS, { sharedDir: sharedDir(), maxRejected, onNotice: noticeTo("build") });
        const imports = r.imports.map((i) => ({ dataset: i.dataset, read: i.read, taken: i.taken, skipped: i.skipped, rejected: i.rejected, statements: i.statements, series: i.series, entities: i.entities, ms: i.ms }));
        const json = { release: r.release, path: r.path, entities: r.entities, statements: r.statements, sources: r.sources, warnings: r.lint.warnings.length, ms: Math.round(performance.now() - started), imports };
        if (formatOf(opts) === "json") emit("json", { json });
        else {
          for (const i of imports) process.stderr.write(`  ${i.dataset}: ${i.taken} rows taken, ${i.skipped} skipped (${i.rejected} broken), ${i.statements} statements, ${i.series} series values, ${i.entities} new entities\n`);
          // Only the build can tell that a name list's id names no dataset entity; gaiko lint cannot.
          for (const w of r.lint.warnings.filter((d) => /(agreement|dataset)-names[\\/]/.test(d.file))) process.stderr.write(formatDiagnostic(w) + "\n");
          process.stderr.write(`built ${r.path}: ${r.entities} curated entities, ${r.statements} curated statements, ${r.sources} sources, ${imports.length} datasets (release ${r.release}, ${json.ms} ms, ${json.warnings} lint warnings)\n`);
        }
      } catch (e) {
        if (reportWriterError("build", e)) return;
        if (!(e instanceof BuildError)) throw e;
        for (const d of e.lint.errors.slice(0, 50)) process.stderr.write(formatDiagnostic(d) + "\n");
        if (e.lint.errors.length > 50) process.stderr.write(`… and ${e.lint.errors.length - 50} more\n`);
        process.stderr.write(`gaiko build: ${e.message}; the previous database was left as it was\n`);
        process.exitCode = EXIT.failed;
      }
    });
}
