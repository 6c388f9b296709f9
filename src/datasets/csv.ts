import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { pipeline } from "node:stream";

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
 * Streams a CSV file (plain or .gz) in batches of rows, one batch per chunk read, so that large files
 * do not pay one promise per row. Values stay strings exactly as written, so the literal code "NA"
 * (Namibia) is never read as missing: each importer decides, per column, what means missing.
 *
 * Each physical line is one record (none of these datasets breaks a line inside a field), so a row's
 * line number is exact and a broken row costs only itself: a row whose column count differs from the
 * header, or with a quote that never closes, is reported through `onBad` with its line and skipped,
 * and the stream goes on. (A general CSV parser would read an unclosed quote on to the next quote,
 * swallowing the rows between, or fail at the end of the file.) Quotes follow RFC 4180 leniently: a
 * quote inside an unquoted field, or text after a closing quote, is kept as written.
 *
 * @example for await (const batch of readCsvBatches("cow_states.csv", (b) => issues.push(b))) for (const row of batch) row.get("ccode")
 */
export async function* readCsvBatches(path: string, onBad: (bad: BadRow) => void, opts: { delimiter?: string } = {}): AsyncGenerator<CsvRow[]> {
  const d = opts.delimiter ?? ",";
  const input = createReadStream(path);
  // pipeline() passes an error of any stage (a missing file, a corrupt gzip) on to the last stream.
  const stream = path.endsWith(".gz") ? pipeline(input, createGunzip(), () => {}) : input;
  stream.setEncoding("utf8");
  let header: string[] | undefined;
  let index = new Map<string, number>();
  let trailing = false;
  let line = 0;
  let rest = "";
  // A line's row, a broken row, or nothing (the header, an empty line).
  const take = (text: string): Row | BadRow | undefined => {
    line++;
    if (text.endsWith("\r")) text = text.slice(0, -1);
    if (line === 1 && text.startsWith("\uFEFF")) text = text.slice(1);
    if (text === "") return undefined;
    const record = splitLine(text, d);
    if (!header) {
      if (!record) throw new Error(`${path}:${line}: the header has a quote that never closes`);
      header = record.map((h) => h.trim());
      // A header ending in the delimiter names no last column; rows may or may not repeat it.
      trailing = header.length > 1 && header[header.length - 1] === "";
      if (trailing) header.pop();
      index = new Map(header.map((h, i) => [h, i]));
      return undefined;
    }
    if (!record) return { line, reason: "a quote opens a field and never closes on this line" };
    if (trailing && record.length === header.length + 1 && record[record.length - 1] === "") record.pop();
    if (record.length !== header.length) return { line, reason: `${record.length} columns, expected ${header.length}` };
    return new Row(line, record, index, path);
  };
  let batch: CsvRow[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop()!;
      for (const text of lines) {
        const r = take(text);
        if (r instanceof Row) batch.push(r);
        else if (r) {
          // The rows before a broken one are handed over first, so reports come in the file's order.
          if (batch.length) yield batch;
          batch = [];
          onBad(r);
        }
      }
      if (batch.length) yield batch;
      batch = [];
    }
    const r = rest === "" ? undefined : take(rest);
    if (r instanceof Row) yield [r];
    else if (r) onBad(r);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // Name the file: zlib's "incorrect header check" alone does not say which file.
    if (!err.message.includes(path)) err.message = `${path}: ${err.message}`;
    throw err;
  }
}

/**
 * One line's fields, or undefined when a quoted field does not close on the line.
 *
 * @example splitLine('1,"Korea, Republic of",KOR', ",") // ["1", "Korea, Republic of", "KOR"]
 */
export function splitLine(s: string, d: string): string[] | undefined {
  if (!s.includes('"')) return s.split(d);
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (s[i] !== '"') {
      const e = s.indexOf(d, i);
      if (e < 0) return out.push(s.slice(i)), out;
      out.push(s.slice(i, e));
      i = e + d.length;
      continue;
    }
    const start = i;
    let value = "";
    let j = i + 1;
    for (;;) {
      const q = s.indexOf('"', j);
      if (q < 0) return undefined;
      if (s[q + 1] === '"') {
        value += s.slice(j, q + 1);
        j = q + 2;
        continue;
      }
      if (q + 1 === s.length || s.startsWith(d, q + 1)) {
        out.push(value + s.slice(j, q));
        i = q + 1;
      } else {
        // Text after the closing quote: the field is kept as written, up to the next delimiter.
        const e = s.indexOf(d, q + 1);
        i = e < 0 ? s.length : e;
        out.push(s.slice(start, i));
      }
      break;
    }
    if (i >= s.length) return out;
    i += d.length;
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
