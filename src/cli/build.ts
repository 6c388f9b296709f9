import type { Command } from "commander";
import { BuildError } from "../kb/build.js";
import { buildAll } from "../datasets/run.js";
import { IMPORTERS } from "../datasets/registry.js";
import { formatDiagnostic } from "../kb/lint.js";
import { dataDir, dbPath, sharedDir } from "../kb/paths.js";
import { emit, formatOf, EXIT } from "./output.js";

/** `gaiko build`: compiles data/ into the SQLite store atomically (temporary file, then rename). */
export function registerBuildCommand(program: Command): void {
  program
    .command("build")
    .description("compile data/ and the vendored datasets into the embedded SQLite database (atomic: temporary file, then rename)")
    .option("--db <path>", "where to write the database (default: var/gaiko.db, or $GAIKO_DB)")
    .option("--json", "machine-readable output")
    .action(async (opts: { db?: string; json?: boolean }) => {
      const started = performance.now();
      try {
        const r = await buildAll(dataDir(), opts.db ?? dbPath(), IMPORTERS, { sharedDir: sharedDir() });
        const imports = r.imports.map((i) => ({ dataset: i.dataset, read: i.read, taken: i.taken, skipped: i.skipped, statements: i.statements, series: i.series, entities: i.entities, ms: i.ms }));
        const json = { release: r.release, path: r.path, entities: r.entities, statements: r.statements, sources: r.sources, warnings: r.lint.warnings.length, ms: Math.round(performance.now() - started), imports };
        if (formatOf(opts) === "json") emit("json", { json });
        else {
          for (const i of imports) process.stderr.write(`  ${i.dataset}: ${i.taken} rows taken, ${i.skipped} skipped, ${i.statements} statements, ${i.series} series values, ${i.entities} new entities\n`);
          process.stderr.write(`built ${r.path}: ${r.entities} curated entities, ${r.statements} curated statements, ${r.sources} sources, ${imports.length} datasets (release ${r.release}, ${json.ms} ms, ${json.warnings} lint warnings)\n`);
        }
      } catch (e) {
        if (!(e instanceof BuildError)) throw e;
        for (const d of e.lint.errors.slice(0, 50)) process.stderr.write(formatDiagnostic(d) + "\n");
        if (e.lint.errors.length > 50) process.stderr.write(`… and ${e.lint.errors.length - 50} more\n`);
        process.stderr.write(`gaiko build: ${e.message}; the previous database was left as it was\n`);
        process.exitCode = EXIT.failed;
      }
    });
}
