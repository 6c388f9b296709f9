import type { ImportSink } from "../types.js";
import { readCsvBatches, type CsvRow } from "../csv.js";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const JAPAN_COW = "740";

/** A readable id from a name: "Kingdom of Hawaii" → "kingdom-of-hawaii". */
export function kebab(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/&/g, "and").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** A dataset file in `dir`: a vendored extract is gzipped even where the original is plain, and an original may be unzipped. */
export function resolveFile(dir: string, file: string): string {
  const plain = file.replace(/\.gz$/, "");
  return [join(dir, file), join(dir, `${plain}.gz`), join(dir, plain)].find((p) => existsSync(p)) ?? join(dir, file);
}

/**
 * Streams one file of a dataset, counting rows and reporting bad ones to the sink.
 *
 * @example for await (const row of rows(sink, dir, "cow_states.csv")) …
 */
export async function* rows(sink: ImportSink, dir: string, file: string, opts: { delimiter?: string } = {}): AsyncGenerator<CsvRow> {
  const path = resolveFile(dir, file);
  const n = { rows: 0 };
  for await (const batch of readCsvBatches(path, badRows(sink, file, n), opts)) {
    n.rows += batch.length;
    sink.read(batch.length);
    sink.progress(file);
    yield* batch;
  }
  if (n.rows === 0) sink.nothingIn(file);
}

/** Counts a broken CSV row as read and rejected, with its file and line. */
const badRows = (sink: ImportSink, file: string, n: { rows: number }) => (bad: { line: number; reason: string }) => {
  n.rows++;
  sink.read();
  sink.reject(file, bad.line, bad.reason);
};

/** Like `rows`, in batches: for the largest files, where one await per row would dominate. */
export async function* rowBatches(sink: ImportSink, dir: string, file: string): AsyncGenerator<CsvRow[]> {
  const path = resolveFile(dir, file);
  const n = { rows: 0 };
  for await (const batch of readCsvBatches(path, badRows(sink, file, n))) {
    n.rows += batch.length;
    sink.read(batch.length);
    sink.progress(file);
    yield batch;
  }
  if (n.rows === 0) sink.nothingIn(file);
}

/**
 * Runs of consecutive years: [1951, 1952, 1953, 1960] → [[1951, 1953], [1960, 1960]].
 * `step` is the spacing of observations (5 for five-yearly snapshots).
 */
export function yearRuns(years: number[], step = 1): [number, number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const y of sorted) {
    const last = out[out.length - 1];
    if (last && y - last[1] <= step) last[1] = y;
    else out.push([y, y]);
  }
  return out;
}

/** The state for a COW code, or a skipped row with the reason. */
export function stateOrSkip(sink: ImportSink, code: string, file: string, line: number, when?: string): string | undefined {
  const id = sink.stateOfCow(code, when);
  if (!id) sink.skip(file, line, `COW code "${code}" is not in the concordance`);
  return id;
}

/** EDTF for a run of years: one year alone is written as that year (EDTF refuses "1900/1900"). */
export function yearSpan(y0: number, y1: number): string {
  return y0 === y1 ? String(y0) : `${y0}/${y1}`;
}

/**
 * A locator for a run of rows: its first and last lines (one line alone is written as such).
 *
 * @example runLocator("atop_v5.1_dyad_year.csv.gz", 115261, 115263) // "atop_v5.1_dyad_year.csv.gz lines 115261–115263"
 */
export function runLocator(file: string, first: number, last: number): string {
  return first === last ? `${file} line ${first}` : `${file} lines ${first}–${last}`;
}

/**
 * A date without its EDTF qualifiers (uncertain `?`, approximate `~`, both `%`), to compare or cut it.
 *
 * @example bareDate("1821-08-24?") // "1821-08-24"
 */
export const bareDate = (d: string) => d.replace(/[?~%]/g, "");

/** A note in English and in Japanese, written side by side so neither is missed (importers and the disagreement ledger). */
export interface ImportNote {
  note: string;
  note_ja: string;
}
