// npm run bench: each figure beside a baseline measured in the same run (these machines are noisy).
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildDatabase } from "../src/kb/build.js";
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
const builds = timeMany(3, () => { built = buildDatabase(data, db, { sharedDir: sharedDir() }); });
report(`build (${built.entities} entities, ${built.statements} st.)`, median(builds), "read YAML, no validation", median(readOnly), "< 5000 ms");

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

// 4. Relations as of a date (every state), in-process, beside the same PK lookup.
const rel = timeMany(50, (i) => relationsAsOf(store, `${1950 + (i % 70)}-06-01`));
report("relations as-of p99 (all states)", percentile(rel, 99), "PK lookup p99", percentile(pk, 99));
store.close();
process.stdout.write(`\npeak RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB\n`);
