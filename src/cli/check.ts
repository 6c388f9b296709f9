import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { check } from "../check/check.js";
import { CheckInputError, DEFAULT_MAX_BYTES, decodeInput, guessFormat, type InputFormat } from "../check/input.js";
import type { CheckResult } from "../model/results.js";
import { emit, formatOf, UsageError, EXIT } from "./output.js";
import { parseCount } from "./flags.js";
import { openStore, withDbOption } from "./store.js";

const FORMATS = ["text", "markdown", "html"] as const;

/** `gaiko check FILE|-`: which claims of a text the knowledge base supports or contradicts. */
export function registerCheckCommand(program: Command): void {
  withDbOption(
    program
      .command("check")
      .description("check the claims of a text (plain text, Markdown or HTML; English and Japanese) against the knowledge base")
      .argument("<file>", "a file, or - for standard input")
      .option("--format <format>", `${FORMATS.join(" | ")} (default: from the file name or content)`)
      .option("--max-bytes <n>", "refuse inputs larger than this", String(DEFAULT_MAX_BYTES))
      .option("--json", "machine-readable output"),
  ).action(async (file: string, opts: { format?: string; maxBytes: string; json?: boolean; db?: string }) => {
    if (opts.format !== undefined && !(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError("--format", `one of ${FORMATS.join(", ")} (got "${opts.format}")`);
    const max = parseCount("--max-bytes", opts.maxBytes, 1, 1 << 30);
    let bytes: Buffer;
    try {
      bytes = file === "-" ? readFileSync(0) : readFileSync(file);
    } catch (e) {
      throw new UsageError("FILE", `a readable file or - (${(e as Error).message})`);
    }
    let text: string;
    try {
      text = decodeInput(bytes, max);
    } catch (e) {
      if (!(e instanceof CheckInputError)) throw e;
      process.stderr.write(`gaiko check: ${e.message}\n`);
      process.exitCode = EXIT.inputRefused;
      return;
    }
    const format = (opts.format as InputFormat | undefined) ?? guessFormat(text, file === "-" ? undefined : file);
    const r = check(await openStore(opts), text, { format, bytes: bytes.length });
    emit(formatOf(opts), { json: r, text: render(r, format === "html" ? (r.document.text ?? text) : text) });
  });
}

const MARK = { supported: "✓ supported", contradicted: "✗ contradicted", "not-checkable": "? not checkable" } as const;

function render(r: CheckResult, text: string): string {
  const lines = [`${r.stats.claims} claims: ${r.stats.supported} supported, ${r.stats.contradicted} contradicted, ${r.stats.notCheckable} not checkable; ${r.stats.mentions} mentions; ${r.stats.slant} slant notes (release ${r.release})`, ""];
  let last = -1;
  for (const c of r.claims) {
    if (c.start !== last) lines.push(`“${text.slice(c.start, c.end).replace(/\s+/g, " ").slice(0, 160)}”`);
    last = c.start;
    lines.push(`  ${MARK[c.verdict]}: ${c.subject.name.en} — ${c.p}${c.object ? ` — ${c.object.name.en}` : ""}${c.time ? ` (${c.time.text})` : ""}`);
    lines.push(`      ${c.reason}${c.evidence[0]?.sources[0] ? `  [${c.evidence[0].sources.map((s) => `${s.source}${s.locator ? ` ${s.locator}` : ""}`).slice(0, 2).join("; ")}]` : ""}`);
  }
  if (r.slant.length) {
    lines.push("", "Slant (how the text speaks, not whether it is true):");
    for (const s of r.slant) lines.push(`  “${s.text}” — ${s.note}`);
  }
  return lines.join("\n") + "\n";
}
