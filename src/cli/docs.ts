import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { PROJECT_ROOT } from "../kb/paths.js";
import { schemaReference } from "../kb/schema-doc.js";
import { EXIT } from "./output.js";

export const SCHEMA_DOC = join(PROJECT_ROOT, "docs", "schema.md");

/** `gaiko docs [--check]`: regenerates docs/schema.md from the zod schemas, or checks it is current. */
export function registerDocsCommand(program: Command): void {
  program
    .command("docs")
    .description("regenerate docs/schema.md from the schemas (--check: fail if it is stale)")
    .option("--check", "do not write; exit 1 if docs/schema.md is out of date")
    .action((opts: { check?: boolean }) => {
      const text = schemaReference();
      if (opts.check) {
        const current = readFileSync(SCHEMA_DOC, "utf8");
        if (current !== text) {
          process.stderr.write("docs/schema.md is stale — run: npm run docs\n");
          process.exitCode = EXIT.failed;
        }
        return;
      }
      writeFileSync(SCHEMA_DOC, text);
      process.stderr.write(`wrote ${SCHEMA_DOC}\n`);
    });
}
