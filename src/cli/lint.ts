import type { Command } from "commander";
import { lintData, formatDiagnostic } from "../kb/lint.js";
import { dataDir, sharedDir } from "../kb/paths.js";
import { emit, formatOf, EXIT } from "./output.js";
import { today } from "./clock.js";

/** `gaiko lint [FILES...]`: checks data/; errors and warnings apart; exit 1 on errors. */
export function registerLintCommand(program: Command): void {
  program
    .command("lint")
    .description("check data/ against the schemas and the cross-file rules")
    .argument("[files...]", "only report problems in these files (all files are still checked together)")
    .option("--json", "machine-readable output")
    .option("--no-warnings", "do not print warnings")
    .action((files: string[], opts: { json?: boolean; warnings: boolean }) => {
      const shared = sharedDir();
      const result = lintData(dataDir(), { sharedDir: shared, today: today() });
      const only = files.length ? new Set(files.map((f) => f.replace(/^\.\//, ""))) : undefined;
      const pick = (ds: typeof result.errors) => (only ? ds.filter((d) => only.has(d.file)) : ds);
      const errors = pick(result.errors);
      const warnings = opts.warnings ? pick(result.warnings) : [];
      const summary = {
        release: result.release,
        files: result.files.length,
        entities: result.entities.length,
        errors: errors.length,
        warnings: warnings.length,
        seedsChecked: Boolean(shared),
        sweep: result.sweep,
      };
      if (formatOf(opts) === "json") {
        emit("json", { json: { ...summary, diagnostics: [...errors, ...warnings] } });
      } else {
        if (errors.length) process.stdout.write(`Errors (${errors.length}):\n` + errors.map((d) => "  " + formatDiagnostic(d)).join("\n") + "\n");
        if (warnings.length) process.stdout.write(`Warnings (${warnings.length}):\n` + warnings.map((d) => "  " + formatDiagnostic(d)).join("\n") + "\n");
        if (!shared) process.stderr.write("note: ../shared not found, so seed locators were not checked against the seeds\n");
        if (result.sweep) {
          const sw = result.sweep;
          const statuses = Object.entries(sw.counts).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ");
          process.stderr.write(`sweep: ${sw.states} states × ${sw.days} days, ${sw.checked} state-days checked (${statuses}), ${sw.violations} violations\n`);
        }
        process.stderr.write(`${summary.files} files, ${summary.entities} valid entities, ${errors.length} errors, ${warnings.length} warnings (release ${result.release})\n`);
      }
      process.exitCode = errors.length ? EXIT.failed : EXIT.ok;
    });
}
