import type { Command } from "commander";
import { existsSync, realpathSync, statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { lintData, formatDiagnostic } from "../kb/lint.js";
import { dataDir, sharedDir } from "../kb/paths.js";
import { emit, formatOf, EXIT, UsageError } from "./output.js";
import { today } from "./clock.js";

/**
 * Turns the FILES arguments into a test on a diagnostic's file. Each must be a YAML file or a folder
 * inside the data folder: a path that names nothing used to report nothing and exit 0, as if clean.
 *
 * @example const only = fileFilter(["data/states"], "data"); only("data/states/japan.yaml") // true
 */
export function fileFilter(args: string[], data: string): ((file: string) => boolean) | undefined {
  if (!args.length) return undefined;
  const real = (p: string) => realpathSync(resolve(p));
  const root = real(data);
  const where = relative(process.cwd(), data) || ".";
  const picks = args.map((arg) => {
    if (!existsSync(arg)) throw new UsageError("FILES", `${arg} does not exist — give YAML files or folders under ${where}`);
    const path = real(arg);
    if (path !== root && !path.startsWith(root + sep)) throw new UsageError("FILES", `${arg} is not under the data folder ${where} — lint checks that folder (set GAIKO_DATA to check another)`);
    const dir = statSync(path).isDirectory();
    if (!dir && !/\.ya?ml$/.test(path)) throw new UsageError("FILES", `${arg} is not a YAML data file — give .yaml files or folders under ${where}`);
    return { path, dir };
  });
  const cache = new Map<string, string>();
  return (file) => {
    let path = cache.get(file);
    if (path === undefined) cache.set(file, (path = existsSync(file) ? real(file) : resolve(file)));
    return picks.some((p) => path === p.path || (p.dir && path.startsWith(p.path + sep)));
  };
}

/** `gaiko lint [FILES...]`: checks data/; errors and warnings apart; exit 1 on errors, 2 when a FILE is not in data/. */
export function registerLintCommand(program: Command): void {
  program
    .command("lint")
    .description("check data/ against the schemas and the cross-file rules")
    .argument("[files...]", "only report problems in these files or folders under data/ (all files are still checked together)")
    .option("--json", "machine-readable output")
    .option("--no-warnings", "do not print warnings")
    .action((files: string[], opts: { json?: boolean; warnings: boolean }) => {
      const shared = sharedDir();
      const only = fileFilter(files, dataDir());
      const result = lintData(dataDir(), { sharedDir: shared, today: today() });
      const pick = (ds: typeof result.errors) => (only ? ds.filter((d) => only(d.file)) : ds);
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
