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
}

/** Display width: East Asian wide characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** Renders rows as an aligned plain-text table. */
export function toTable(columns: string[], rows: Cell[][]): string {
  const text = rows.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c))));
  const widths = columns.map((c, i) => Math.min(60, Math.max(width(c), ...text.map((r) => width(r[i] ?? "")))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const w = widths[i]!;
        const cut = width(c) > w ? c.slice(0, w - 1) + "…" : c;
        return cut + " ".repeat(Math.max(0, w - width(cut)));
      })
      .join("  ")
      .trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...text.map(line)].join("\n") + "\n";
}

/**
 * The one way a command writes its result: data to stdout in the chosen format.
 * Diagnostics go to stderr elsewhere, never through here.
 *
 * @example emit("json", { json: { results: [] } })
 */
export function emit(format: Format, out: Output, write: (s: string) => void = (s) => process.stdout.write(s)): void {
  if (format === "json") return write(JSON.stringify(out.json, null, 2) + "\n");
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
export const EXIT = { ok: 0, failed: 1, usage: 2, notFound: 3, noDatabase: 4, inputRefused: 5 } as const;
