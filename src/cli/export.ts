import { renameSync, writeFileSync, rmSync } from "node:fs";
import type { Command } from "commander";
import { exportJson, exportJsonLd, statementCsvRows, STATEMENT_CSV_COLUMNS } from "../kb/export.js";
import { toCsv } from "../kb/csv.js";
import { UsageError } from "./output.js";
import { openStore, withDbOption } from "./store.js";

const FORMATS = ["json", "csv", "jsonld"] as const;

/** `gaiko export --format json|csv|jsonld [--out PATH]`: the whole knowledge base. */
export function registerExportCommand(program: Command): void {
  withDbOption(
    program
      .command("export")
      .description("export the whole knowledge base (json: entities and statements; csv: statements; jsonld: schema.org)")
      .requiredOption("--format <format>", FORMATS.join(" | "))
      .option("--out <path>", "write to this file (atomically) instead of stdout"),
  ).action(async (opts: { format: string; out?: string; db?: string }) => {
    if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError("--format", `one of ${FORMATS.join(", ")} (got "${opts.format}")`);
    const store = await openStore(opts);
    const data = exportJson(store);
    const text =
      opts.format === "json" ? JSON.stringify(data, null, 1) + "\n"
      : opts.format === "jsonld" ? JSON.stringify(exportJsonLd(data), null, 1) + "\n"
      : toCsv(STATEMENT_CSV_COLUMNS, statementCsvRows(store, data));
    if (!opts.out) return void process.stdout.write(text);
    const tmp = `${opts.out}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, text);
      renameSync(tmp, opts.out);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
    process.stderr.write(`wrote ${opts.out} (${data.counts.entities} entities, ${data.counts.statements} statements, release ${data.release})\n`);
  });
}
