// npm run bench: each figure beside a baseline measured in the same run (these machines are noisy).
import { spawnSync } from "node:child_process";
import { parse as parseYaml } from "yaml";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildAll } from "../src/datasets/run.js";
import { IMPORTERS } from "../src/datasets/registry.js";
import { loadData } from "../src/kb/load.js";
import { search } from "../src/kb/search.js";
import { relationsAsOf } from "../src/kb/relations.js";
import { Store } from "../src/kb/store.js";
import { dataDir, sharedDir } from "../src/kb/paths.js";
import { median, percentile, report, timeMany } from "./stats.js";

const root = resolve(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "gaiko-bench-"));
const db = join(dir, "bench.db");
const data = dataDir();

process.stdout.write(`gaiko benchmarks — node ${process.version}, data ${data}\n\n`);

// 1. Full build of data/ against reading the same YAML without validation.
const readOnly = timeMany(3, () => loadData(data, { validate: false }));
let built = { entities: 0, statements: 0 };
const builds: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  built = await buildAll(data, db, IMPORTERS, { sharedDir: sharedDir() });
  builds.push(performance.now() - t0);
}
builds.sort((a, b) => a - b);
report(`full build (${built.entities} ent., ${built.statements} st. + datasets)`, median(builds), "read YAML, no validation", median(readOnly), "< 5000 ms");

// 1b. Import throughput of the largest dataset, beside a plain CSV parse of the same file (run early,
// so that its peak memory is its own and not that of later sections).
await (await import("./import.js")).benchImport(data, db);

// 2. Cold `gaiko show` (a new process) against a bare Node process.
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, GAIKO_DB: db }, stdio: "ignore" });
const bare = timeMany(10, () => run(["-e", "0"]));
const cold = timeMany(10, () => run([join(root, "bin", "gaiko.js"), "show", "japan"]));
report("cold `gaiko show japan`", median(cold), "bare `node -e 0`", median(bare), "< 300 ms");

// 3. Search latency in-process over names in both languages, short and long, against a primary-key lookup.
const store = Store.open(db);
const names = store.db.prepare("SELECT text FROM names ORDER BY rowid").all() as { text: string }[];
const queries = [...names.map((n) => n.text), "竹島", "中国", "EU", "日米", "treaty", "peace friendship", "Dokdo", "ソ連", "senkaku", "北方"];
const ids = (store.db.prepare("SELECT id FROM entities").all() as { id: string }[]).map((r) => r.id);
const lookup = store.db.prepare("SELECT * FROM entities WHERE id = ?");
for (let i = 0; i < 200; i++) search(store, queries[i % queries.length]!); // warm up
const N = 3000;
const pk = timeMany(N, (i) => lookup.get(ids[i % ids.length]!));
const s = timeMany(N, (i) => search(store, queries[(i * 7) % queries.length]!));
report("search p50", percentile(s, 50), "PK lookup p50", percentile(pk, 50));
report("search p99", percentile(s, 99), "PK lookup p99", percentile(pk, 99), "< 5 ms");
// The labelled query set (test/search/queries.yaml): how people type, questions included.
const labelled = (parseYaml(readFileSync(join(root, "test", "search", "queries.yaml"), "utf8")) as { queries: { q: string }[] }).queries.map((x) => x.q);
const l = timeMany(Math.max(3000, labelled.length * 4), (i) => search(store, labelled[i % labelled.length]!));
report(`search p99, ${labelled.length} labelled queries`, percentile(l, 99), "PK lookup p99", percentile(pk, 99), "< 5 ms");

// 4. UN votes: the all-pairs matrix, gaiko's engine beside DuckDB on the same rows.
await (await import("./votes.js")).benchVotes(store);

// 4a. The checker on a large text, beside compromise's entity extraction.
(await import("./check.js")).benchCheck(store, sharedDir());

// 4b. Relations as of a date (every state), in-process, beside the same PK lookup.
const rel = timeMany(50, (i) => relationsAsOf(store, `${1950 + (i % 70)}-06-01`));
report("relations as-of p99 (all states)", percentile(rel, 99), "PK lookup p99", percentile(pk, 99));
await (await import("./asof.js")).benchAsOf(store, data);
(await import("./lists.js")).benchLists(store);
store.close();
process.stdout.write(`\npeak RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB\n\n`);



// 6. The API over loopback, beside a bare node:http server (the ceiling for Node on this machine).
{
  const { startGaiko, startBare, load, rawAnswer, rssMb } = await import("./api.js");
  const gaiko = await startGaiko(root, db);
  // The ceiling answers with the same bytes as a typical entity lookup, so only gaiko's own work differs.
  const entityBody = await (await fetch(`${gaiko.url}/api/v1/entities/treaty-of-san-francisco`)).text();
  const bare = await startBare(entityBody);
  try {
    const seconds = Number(process.env.BENCH_SECONDS ?? 8);
    const ceiling = await load(bare.url, ["/"], 50, seconds);
    process.stdout.write(`\nAPI at 50 connections, ${seconds} s each (bare node:http ceiling: ${ceiling.rps.toFixed(0)} req/s, p99 ${ceiling.p99} ms)\n`);
    for (const [name, paths] of [
      ["entity lookup", ["/api/v1/entities/treaty-of-san-francisco", "/api/v1/entities/liancourt-rocks", "/api/v1/entities/shinzo-abe"]],
      ["search", ["/api/v1/search?q=%E7%AB%B9%E5%B3%B6", "/api/v1/search?q=treaty", "/api/v1/search?q=China"]],
      ["relations as of a date", ["/api/v1/relations?asOf=1972-09-29", "/api/v1/relations?asOf=1956-12-12"]],
    ] as const) {
      const r = await load(gaiko.url, [...paths], 50, seconds);
      process.stdout.write(`${name.padEnd(24)} ${r.rps.toFixed(0).padStart(7)} req/s = ${((100 * r.rps) / ceiling.rps).toFixed(0).padStart(3)} % of ceiling   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors + r.non2xx}\n`);
    }
    // Relations as of a date is ~100 KB of JSON, ~18 KB as brotli: measured plain and as a browser asks
    // for it, each beside a bare server sending the same bytes, so that only gaiko's own work differs
    // (the load generator itself reads compressed bytes at about half the rate of JSON text).
    for (const [label, headers] of [["plain", {}], ["br as browsers ask", { "accept-encoding": "br, gzip" }]] as const) {
      const paths = ["/api/v1/relations?asOf=1972-09-29", "/api/v1/relations?asOf=1956-12-12"];
      const { body, encoding } = await rawAnswer(`${gaiko.url}${paths[0]}`, headers);
      const same = await startBare(body, encoding);
      try {
        const sameCeiling = await load(same.url, ["/"], 50, seconds, headers);
        const r = await load(gaiko.url, paths, 50, seconds, headers);
        process.stdout.write(`relations, ${(body.length / 1024).toFixed(0)} KB ${label}: ${r.rps.toFixed(0)} req/s = ${((100 * r.rps) / sameCeiling.rps).toFixed(0)} % of a bare server sending the same bytes (${sameCeiling.rps.toFixed(0)} req/s, p99 ${sameCeiling.p99} ms), p99 ${r.p99} ms, errors ${r.errors + r.non2xx}\n`);
      } finally {
        same.proc.kill();
      }
    }
    // Health latency while texts are checked, beside idle health latency.
    await (await import("./check-load.js")).benchCheckLoad(gaiko);
    // Load test: 100 connections, mixed routes, memory sampled each second; first vs last 5 s.
    const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
    const samples: number[] = [];
    const timer = setInterval(() => samples.push(rssMb(gaiko.proc.pid!)), 1000);
    const mixed = await load(gaiko.url, ["/api/v1/entities/treaty-of-san-francisco", "/api/v1/search?q=Senkaku", "/api/v1/relations?asOf=1975", "/api/v1/entities/liancourt-rocks?asOf=1960"], 100, loadSeconds);
    clearInterval(timer);
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const first = avg(samples.slice(0, 5));
    const last = avg(samples.slice(-5));
    process.stdout.write(`load test: 100 connections ${loadSeconds} s mixed: ${mixed.rps.toFixed(0)} req/s, p99 ${mixed.p99} ms, errors ${mixed.errors + mixed.non2xx}; server RSS first 5 s ${first.toFixed(0)} MB, last 5 s ${last.toFixed(0)} MB (${(((last - first) / first) * 100).toFixed(1)} %)\n`);
  } finally {
    gaiko.proc.kill();
    bare.proc.kill();
  }
}

// 6. The explorer in headless Chromium (first-page JS, time to a rendered map, slider redraws).
await import("./web.js");
