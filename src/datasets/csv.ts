import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { parse } from "csv-parse";

/** One data row with its 1-based line number in the file (the header is line 1; see `readCsv` on line breaks inside fields). */
export interface CsvRow {
  line: number;
  get(column: string): string;
  has(column: string): boolean;
}

export interface BadRow {
  line: number;
  reason: string;
}

/**
 * Streams a CSV file (plain or .gz) in batches of rows, read synchronously from the parser's buffer
 * so that large files do not pay one promise per row. Values stay strings exactly as written, so the
 * literal code "NA" (Namibia) is never read as missing: each importer decides, per column, what
 * means missing. A row whose column count differs from the header is reported through `onBad` and
 * skipped; the stream goes on.
 *
 * @example for await (const batch of readCsvBatches("cow_states.csv", (b) => issues.push(b))) for (const row of batch) row.get("ccode")
 */
export async function* readCsvBatches(path: string, onBad: (bad: BadRow) => void, opts: { delimiter?: string } = {}): AsyncGenerator<CsvRow[]> {
  const input = createReadStream(path);
  const gunzip = path.endsWith(".gz") ? createGunzip() : undefined;
  const stream = gunzip ? input.pipe(gunzip) : input;
  // csv-parse's `info` option would give physical line numbers but costs more than the parse itself;
  // these datasets have no line breaks inside fields, so a record's line is its ordinal + 1 (header = 1).
  const parser = stream.pipe(parse({ delimiter: opts.delimiter ?? ",", relax_column_count: true, relax_quotes: true, bom: true, skip_empty_lines: true }));
  let failure: Error | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const signal = () => { wake?.(); wake = undefined; };
  // pipe() does not forward errors: a missing file or corrupt gzip must end the iteration with that error.
  const onError = (e: Error) => { failure = e; signal(); };
  input.on("error", onError);
  gunzip?.on("error", onError);
  parser.on("error", onError);
  parser.on("readable", signal);
  parser.on("end", () => { ended = true; signal(); });
  let header: string[] | undefined;
  let index = new Map<string, number>();
  let trailing = false;
  let line = 0;
  for (;;) {
    const batch: CsvRow[] = [];
    let record: string[] | null;
    while ((record = parser.read() as string[] | null) !== null) {
      line++;
      if (!header) {
        header = record.map((h) => h.trim());
        // A header ending in the delimiter names no last column; rows may or may not repeat it.
        trailing = header.length > 1 && header[header.length - 1] === "";
        if (trailing) header.pop();
        index = new Map(header.map((h, i) => [h, i]));
        continue;
      }
      if (trailing && record.length === header.length + 1 && record[record.length - 1] === "") record.pop();
      if (record.length !== header.length) {
        onBad({ line, reason: `${record.length} columns, expected ${header.length}` });
        continue;
      }
      batch.push(new Row(line, record, index, path));
    }
    if (batch.length) yield batch;
    if (failure) throw failure;
    if (ended) return;
    await new Promise<void>((resolve) => (wake = resolve));
  }
}

/** A data row: its values by column name. */
class Row implements CsvRow {
  constructor(
    readonly line: number,
    private readonly values: string[],
    private readonly index: Map<string, number>,
    private readonly path: string,
  ) {}
  get(column: string): string {
    const i = this.index.get(column);
    if (i === undefined) throw new Error(`no column "${column}" in ${this.path}`);
    return this.values[i] ?? "";
  }
  has(column: string): boolean {
    return this.index.has(column);
  }
}

/** The same rows one at a time, for importers whose files are small. */
export async function* readCsv(path: string, onBad: (bad: BadRow) => void, opts: { delimiter?: string } = {}): AsyncGenerator<CsvRow> {
  for await (const batch of readCsvBatches(path, onBad, opts)) yield* batch;
}

/** Missing-value markers used by these datasets for numbers and dates (never applied to codes). */
export function isMissing(v: string): boolean {
  return v === "" || v === "NA" || v === "." || v === "-9" || v === "-99";
}

/**
 * Builds an ISO day from year, month and day columns, or explains why it cannot.
 *
 * @example dayFrom("1972", "6", "31") // { error: "1972-06-31 is not a calendar date" }
 */
export function dayFrom(y: string, m: string, d: string): string | { error: string } {
  const yy = Number(y);
  const mm = Number(m);
  const dd = Number(d);
  if (!Number.isInteger(yy) || yy < 1 || yy > 9999) return { error: `year "${y}" is not a year` };
  if (!Number.isInteger(mm) || mm < 1 || mm > 12) return { error: `month "${m}" is not a month` };
  if (!Number.isInteger(dd) || dd < 1 || dd > 31) return { error: `day "${d}" is not a day` };
  const iso = `${String(yy).padStart(4, "0")}-${String(mm).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
  const dt = new Date(`${iso}T00:00:00Z`);
  if (dt.getUTCMonth() + 1 !== mm || dt.getUTCDate() !== dd) return { error: `${iso} is not a calendar date` };
  return iso;
}

/** Checks an ISO date string such as "1972-06-31" the same way. */
export function checkDay(iso: string): string | { error: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return { error: `"${iso}" is not a YYYY-MM-DD date` };
  return dayFrom(m[1]!, m[2]!, m[3]!);
}
