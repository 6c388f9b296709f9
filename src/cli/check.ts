import type { Command } from "commander";
import { check } from "../check/check.js";
import { CheckInputError, DEFAULT_MAX_BYTES, decodeInput, guessFormat, type InputFormat } from "../check/input.js";
import { readLimited } from "../check/read.js";
import type { CheckResult } from "../model/results.js";
import { emit, formatOf, UsageError, EXIT } from "./output.js";
import { parseCount } from "./flags.js";
import { openStore, withDbOption } from "./store.js";

const FORMATS = ["text", "markdown", "html"] as const;

/** The default bound on what `check` writes (JSON or text), in bytes: a 1 MiB text can yield 40–60 MB of JSON. */
const DEFAULT_MAX_OUTPUT = 32 * 1024 * 1024;

/** `gaiko check FILE|-`: which claims of a text the knowledge base supports or contradicts. */
export function registerCheckCommand(program: Command): void {
  withDbOption(
    program
      .command("check")
      .description("check the claims of a text (plain text, Markdown or HTML; English and Japanese) against the knowledge base")
      .argument("<file>", "a file, or - for standard input")
      .option("--format <format>", `${FORMATS.join(" | ")} (default: from the file name or content)`)
      .option("--max-bytes <n>", "refuse inputs larger than this (read no further)", String(DEFAULT_MAX_BYTES))
      .option("--max-output <n>", "refuse to write a result larger than this, in bytes", String(DEFAULT_MAX_OUTPUT))
      .option("--json", "machine-readable output"),
  ).action(async (file: string, opts: { format?: string; maxBytes: string; maxOutput: string; json?: boolean; db?: string }) => {
    if (opts.format !== undefined && !(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError("--format", `one of ${FORMATS.join(", ")} (got "${opts.format}")`);
    const max = parseCount("--max-bytes", opts.maxBytes, 1, 1 << 30);
    const maxOutput = parseCount("--max-output", opts.maxOutput, 1, 2 ** 31 - 1);
    const refuse = (message: string) => {
      process.stderr.write(`gaiko check: ${message}\n`);
      process.exitCode = EXIT.inputRefused;
    };
    let bytes: Buffer;
    let text: string;
    try {
      bytes = await readLimited(file, max);
      text = decodeInput(bytes, max);
    } catch (e) {
      if (e instanceof CheckInputError) return refuse(e.message);
      throw new UsageError("FILE", `a readable file or - (${(e as Error).message})`);
    }
    const format = (opts.format as InputFormat | undefined) ?? guessFormat(text, file === "-" ? undefined : file);
    const r = check(await openStore(opts), text, { format, bytes: bytes.length });
    emit(formatOf(opts), { json: r, text: render(r, format === "html" ? (r.document.text ?? text) : text) }, (out) => {
      const size = Buffer.byteLength(out);
      if (size > maxOutput) return refuse(`the result is ${size} bytes, over the output limit of ${maxOutput} bytes (--max-output) — check the text in parts, or raise --max-output`);
      process.stdout.write(out);
    });
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
