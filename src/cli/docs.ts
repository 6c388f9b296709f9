import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { PROJECT_ROOT } from "../kb/paths.js";
import { jsonShapesReference, schemaReference } from "../kb/schema-doc.js";
import { EXIT } from "./output.js";

/** The generated documents and what generates each. */
export const GENERATED_DOCS: [string, () => string][] = [
  [join(PROJECT_ROOT, "docs", "schema.md"), schemaReference],
  [join(PROJECT_ROOT, "docs", "json-shapes.md"), jsonShapesReference],
];

/** `gaiko docs [--check]`: regenerates the reference documents from the zod schemas, or checks they are current. */
export function registerDocsCommand(program: Command): void {
  program
    .command("docs")
    .description("regenerate docs/schema.md and docs/json-shapes.md from the schemas (--check: fail if stale)")
    .option("--check", "do not write; exit 1 if a generated document is out of date")
    .action((opts: { check?: boolean }) => {
      for (const [path, generate] of GENERATED_DOCS) {
        const text = generate();
        if (!opts.check) {
          writeFileSync(path, text);
          process.stderr.write(`wrote ${path}\n`);
        } else if (readFileSync(path, "utf8") !== text) {
          process.stderr.write(`${path} is stale — run: npm run docs\n`);
          process.exitCode = EXIT.failed;
        }
      }
    });
}
