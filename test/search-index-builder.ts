// Builds the search index of a store file and writes it (src/kb/search/index.ts serializeIndex), in a process of
// its own: test/global-setup.ts starts it once the run's full build is made and goes on (to the curated build, the
// browser tests' server) while it works; test/helpers.ts sharedStore() reads what it wrote.
// Usage: node --import tsx test/search-index-builder.ts <store.db> <out>
// Writes <out> whole (by renaming a finished file), or <out>.failed with the reason.
import { renameSync, writeFileSync } from "node:fs";
import { indexOf, serializeIndex } from "../src/kb/search/index.js";
import { Store } from "../src/kb/store.js";

const [db, out] = process.argv.slice(2);
if (!db || !out) throw new Error("usage: search-index-builder.ts <store.db> <out>");
try {
  const t0 = performance.now();
  const store = Store.open(db);
  try {
    writeFileSync(`${out}.part`, serializeIndex(indexOf(store)));
  } finally {
    store.close();
  }
  renameSync(`${out}.part`, out);
  process.stdout.write(`global setup: built the full build's search index once for the files that search it, in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
} catch (e) {
  writeFileSync(`${out}.failed`, e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
}
