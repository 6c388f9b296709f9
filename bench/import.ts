// Import throughput on the largest dataset gaiko imports (UN General Assembly votes: 870,109 rows,
// vendored in data/vendor/unvotes), beside a plain csv-parse of the same file in the same run; peak memory.
import Database from "better-sqlite3";
import { createReadStream, existsSync } from "node:fs";
import { join } from "node:path";
import { createGunzip } from "node:zlib";
import { parse } from "csv-parse";
import { unvotes } from "../src/datasets/importers/unvotes.js";
import { importInto, vendorDir } from "../src/datasets/run.js";

export async function benchImport(dataDir: string, db: string): Promise<void> {
  const dir = vendorDir(dataDir, unvotes);
  const file = join(dir, "unvotes.csv.gz");
  if (!existsSync(file)) {
    process.stdout.write("import throughput: skipped (data/vendor/unvotes not found)\n");
    return;
  }
  const peak = { rss: process.memoryUsage().rss };
  const sample = setInterval(() => (peak.rss = Math.max(peak.rss, process.memoryUsage().rss)), 20);
  let t0 = performance.now();
  let rows = 0;
  for await (const _ of createReadStream(file).pipe(createGunzip()).pipe(parse({ from_line: 2 }))) rows++;
  const parseMs = performance.now() - t0;
  const parsePeak = peak.rss;
  const handle = new Database(db);
  t0 = performance.now();
  const r = await importInto(handle, unvotes, dir);
  const importMs = performance.now() - t0;
  handle.close();
  clearInterval(sample);
  const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString("en")} rows/s`;
  process.stdout.write(
    `import throughput (UN votes, ${r.read.toLocaleString("en")} rows)   ${rate(r.read, importMs).padStart(16)}   baseline (plain csv-parse, ${rows.toLocaleString("en")} rows) ${rate(rows, parseMs).padStart(16)}   ratio ${(parseMs / importMs).toFixed(2)}\n` +
      `peak RSS: after plain parse ${(parsePeak / 2 ** 20).toFixed(0)} MB, after import ${(peak.rss / 2 ** 20).toFixed(0)} MB\n`,
  );
}
