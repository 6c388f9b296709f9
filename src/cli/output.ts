export type Format = "table" | "json" | "csv";

/** Picks the output format from the shared flags; `--json` wins over `--csv`. */
export function formatOf(opts: { json?: boolean; csv?: boolean }): Format {
  return opts.json ? "json" : opts.csv ? "csv" : "table";
}

import { toCsv, type Cell } from "../kb/csv.js";

export type { Cell };

/** A result as rows, for the table and CSV formats; `json` is the documented contract object. */
export interface Output {
  json: unknown;
  columns?: string[];
  rows?: Cell[][];
  /** Free text for the table format when the result is not a table (e.g. `show`). */
  text?: string;
  /** Rows for people, where they differ from the CSV's (names instead of ids). */
  table?: { columns: string[]; rows: Cell[][] };
}

const NOT_NARROW = /[\u1100-\uffff]/;

/** Display width: East Asian wide characters take two columns in a terminal. @example width("1972年") // 6 */
export function width(s: string): number {
  // No code unit from U+1100 up (where the wide ranges and the surrogates lie): one column a character.
  if (!NOT_NARROW.test(s)) return s.length;
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * A cell as a person reads it: fractions to three decimals (0.560, not 0.5595238095238095), whole
 * numbers as they are, booleans as yes/no, nothing as empty.
 *
 * @example cellText(0.5595238095238095) // "0.560"
 */
export function cellText(c: Cell): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "number") return Number.isInteger(c) ? String(c) : c.toFixed(3);
  if (typeof c === "boolean") return c ? "yes" : "no";
  return String(c);
}

/**
 * Renders rows as an aligned plain-text table: numbers right-aligned, and the widest columns cut
 * (with …) so that a row fits `maxWidth` (the terminal's width; unbounded when not a terminal).
 */
export function toTable(columns: string[], rows: Cell[][], maxWidth = process.stdout.isTTY ? process.stdout.columns || 120 : Number.POSITIVE_INFINITY): string {
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every((r) => r[i] === null || r[i] === undefined || typeof r[i] === "number"));
  // A column with any fraction shows every number to three decimals, so the points line up.
  const fractional = columns.map((_, i) => numeric[i] && rows.some((r) => typeof r[i] === "number" && !Number.isInteger(r[i])));
  const text = rows.map((r) => columns.map((_, i) => (fractional[i] && typeof r[i] === "number" ? (r[i] as number).toFixed(3) : cellText(r[i]))));
  const widths = columns.map((c, i) => Math.min(60, Math.max(width(c), ...text.map((r) => width(r[i] ?? "")))));
  // Narrow the widest column, one step at a time, until a row fits (never below 8 characters).
  while (widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1) > maxWidth) {
    const i = widths.indexOf(Math.max(...widths));
    if (widths[i]! <= 8) break;
    widths[i]!--;
  }
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const w = widths[i]!;
        const cut = width(c) > w ? truncate(c, w - 1) + "…" : c;
        const pad = " ".repeat(Math.max(0, w - width(cut)));
        return numeric[i] ? pad + cut : cut + pad;
      })
      .join("  ")
      .trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...text.map(line)].join("\n") + "\n";
}

/** The longest start of `s` that fits `w` display columns. */
function truncate(s: string, w: number): string {
  let out = "";
  for (const ch of s) {
    if (width(out + ch) > w) break;
    out += ch;
  }
  return out;
}

/**
 * The one way a command writes its result: data to stdout in the chosen format.
 * Diagnostics go to stderr elsewhere, never through here.
 *
 * @example emit("json", { json: { results: [] } })
 */
export function emit(format: Format, out: Output, write: (s: string) => void = (s) => process.stdout.write(s)): void {
  if (format === "json") return write(JSON.stringify(out.json, null, 2) + "\n");
  if (format === "table" && out.table) return write(toTable(out.table.columns, out.table.rows));
  if (out.columns && out.rows) return write(format === "csv" ? toCsv(out.columns, out.rows) : toTable(out.columns, out.rows));
  if (format === "csv") throw new UsageError("--csv", "this command's result is not a table; use --json");
  write(out.text ?? JSON.stringify(out.json, null, 2) + "\n");
}

/** A bad flag or argument: names the flag and what it expected. Exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly flag: string,
    readonly expected: string,
  ) {
    super(`${flag}: ${expected}`);
  }
}

/** Exit codes, documented in docs/cli.md. */
export const EXIT = { ok: 0, failed: 1, usage: 2, notFound: 3, noDatabase: 4, inputRefused: 5, busy: 6 } as const;
