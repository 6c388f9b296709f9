import type { Command } from "commander";
import { buildDatabase, BuildError } from "../kb/build.js";
import { formatDiagnostic } from "../kb/lint.js";
import { dataDir, dbPath, sharedDir } from "../kb/paths.js";
import { emit, formatOf, EXIT } from "./output.js";

/** `gaiko build`: compiles data/ into the SQLite store atomically (temporary file, then rename). */
export function registerBuildCommand(program: Command): void {
  program
    .command("build")
    .description("compile data/ into the embedded SQLite database (atomic: temporary file, then rename)")
    .option("--db <path>", "where to write the database (default: var/gaiko.db, or $GAIKO_DB)")
    .option("--json", "machine-readable output")
    .action((opts: { db?: string; json?: boolean }) => {
      const started = performance.now();
      try {
        const r = buildDatabase(dataDir(), opts.db ?? dbPath(), { sharedDir: sharedDir() });
        const json = { release: r.release, path: r.path, entities: r.entities, statements: r.statements, sources: r.sources, warnings: r.lint.warnings.length, ms: Math.round(performance.now() - started) };
        if (formatOf(opts) === "json") emit("json", { json });
        else process.stderr.write(`built ${r.path}: ${r.entities} entities, ${r.statements} statements, ${r.sources} sources (release ${r.release}, ${json.ms} ms, ${json.warnings} lint warnings)\n`);
      } catch (e) {
        if (!(e instanceof BuildError)) throw e;
        for (const d of e.lint.errors.slice(0, 50)) process.stderr.write(formatDiagnostic(d) + "\n");
        if (e.lint.errors.length > 50) process.stderr.write(`… and ${e.lint.errors.length - 50} more\n`);
        process.stderr.write(`gaiko build: ${e.message}; the previous database was left as it was\n`);
        process.exitCode = EXIT.failed;
      }
    });
}
