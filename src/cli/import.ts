import type { Command } from "commander";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { dataDir, dbPath, sharedDir } from "../kb/paths.js";
import { IMPORTERS, importerNamed } from "../datasets/registry.js";
import { asWriter, DEFAULT_MAX_REJECTED, runImport, vendorDir } from "../datasets/run.js";
import { vendorDataset } from "../datasets/vendor.js";
import { resolveFile } from "../datasets/importers/common.js";
import { emit, formatOf, UsageError } from "./output.js";
import { noticeTo, parsePercent, reportWriterError } from "./build.js";

const names = () => IMPORTERS.map((i) => i.name).join(", ");
const progress = () => (process.stderr.isTTY ? (msg: string) => process.stderr.write(`\r${msg}\x1b[K`) : undefined);

/** `gaiko import NAME [--from PATH]` and `gaiko vendor NAME|--all`. */
export function registerImportCommands(program: Command): void {
  program
    .command("import")
    .description("re-import one dataset into the database, atomically (default input: its extract in data/vendor)")
    .argument("<name>", `the dataset: ${names()}`)
    .option("--from <path>", "a folder holding the dataset's original files (e.g. ../shared/data/alliances-atop)")
    .option("--db <path>", "database file (default: var/gaiko.db)")
    .option("--max-rejected <percent>", `fail, keeping the database, when more than this share of rows is broken (default ${DEFAULT_MAX_REJECTED * 100})`)
    .option("--json", "machine-readable output")
    .action(async (name: string, opts: { from?: string; db?: string; json?: boolean; maxRejected?: string }) => {
      const maxRejected = parsePercent("--max-rejected", opts.maxRejected, DEFAULT_MAX_REJECTED);
      const imp = importerNamed(name);
      if (!imp) throw new UsageError("NAME", `one of ${names()} (got "${name}")`);
      const dir = opts.from ?? vendorDir(dataDir(), imp);
      for (const f of imp.files) {
        if (!existsSync(resolveFile(dir, f))) throw new UsageError("--from", `a folder holding ${imp.files.join(", ")} (no ${f} in ${dir})`);
      }
      let r;
      try {
        r = await runImport(opts.db ?? dbPath(), imp, dir, progress(), { maxRejected, onNotice: noticeTo("import") });
      } catch (e) {
        if (process.stderr.isTTY) process.stderr.write("\n");
        if (reportWriterError("import", e)) return;
        throw e;
      }
      if (process.stderr.isTTY) process.stderr.write("\n");
      const { issues, ...summary } = r;
      if (formatOf(opts) === "json") return emit("json", { json: { ...summary, issues } });
      for (const i of issues.slice(0, 20)) process.stderr.write(`${i.file}:${i.line}: ${i.reason}\n`);
      if (issues.length > 20) process.stderr.write(`… and ${issues.length - 20} more skipped rows\n`);
      process.stderr.write(`${name}: read ${r.read} rows, took ${r.taken}, skipped ${r.skipped} (${r.rejected} broken); wrote ${r.statements} statements, ${r.series} series values, ${r.entities} new entities (${r.ms} ms)\n`);
    });

  program
    .command("vendor")
    .description("write a dataset's Japan extract (or the whole file, where its licence allows) into data/vendor/")
    .argument("[name]", `the dataset: ${names()}`)
    .option("--all", "every dataset")
    .option("--from <path>", "the shared data folder (default: ../shared/data)")
    .action(async (name: string | undefined, opts: { all?: boolean; from?: string }) => {
      const list = opts.all ? IMPORTERS : name ? [importerNamed(name)] : [];
      if (!list.length || list.some((i) => !i)) throw new UsageError("NAME", `one of ${names()}, or --all`);
      const base = opts.from ?? (sharedDir() ? join(sharedDir()!, "data") : undefined);
      if (!base) throw new UsageError("--from", "the folder holding the datasets (../shared/data was not found)");
      // data/vendor is what a build reads: vendoring is refused while a build or import runs, and the reverse.
      try {
        await asWriter(dbPath(), "vendor", undefined, { onNotice: noticeTo("vendor") }, async () => {
          for (const imp of list) {
            const out = await vendorDataset(imp!, join(base, imp!.provenance.dataset), dataDir(), imp!.extract ?? {});
            for (const o of out) process.stderr.write(`wrote ${o.file} (${o.lines - 1} rows)\n`);
          }
        });
      } catch (e) {
        if (!reportWriterError("vendor", e)) throw e;
      }
    });
}
