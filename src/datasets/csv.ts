import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { parse } from "csv-parse";

/** One data row with its 1-based line number in the file (the header is line 1). */
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
 * Streams a CSV file (plain or .gz) row by row. Values stay strings exactly as written, so the
 * literal code "NA" (Namibia) is never read as missing: each importer decides, per column, what
 * means missing. A row whose column count differs from the header is reported through `onBad`
 * and skipped; the stream goes on.
 *
 * @example for await (const row of readCsv("cow_states.csv", (b) => issues.push(b))) row.get("ccode")
 */
export async function* readCsv(path: string, onBad: (bad: BadRow) => void, opts: { delimiter?: string } = {}): AsyncGenerator<CsvRow> {
  const input = createReadStream(path);
  const gunzip = path.endsWith(".gz") ? createGunzip() : undefined;
  const stream = gunzip ? input.pipe(gunzip) : input;
  const parser = stream.pipe(parse({ delimiter: opts.delimiter ?? ",", relax_column_count: true, relax_quotes: true, bom: true, info: true, skip_empty_lines: true }));
  // pipe() does not forward errors: a missing file or corrupt gzip must end the iteration with that error.
  const fail = (e: Error) => parser.destroy(e);
  input.on("error", fail);
  gunzip?.on("error", fail);
  let header: string[] | undefined;
  let index = new Map<string, number>();
  let trailing = false;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
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
      onBad({ line: info.lines, reason: `${record.length} columns, expected ${header.length}` });
      continue;
    }
    const rec = record;
    yield {
      line: info.lines,
      get: (c) => {
        const i = index.get(c);
        if (i === undefined) throw new Error(`no column "${c}" in ${path}`);
        return rec[i] ?? "";
      },
      has: (c) => index.has(c),
    };
  }
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
