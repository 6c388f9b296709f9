// Checker throughput on a large text (the four seeds repeated to ~2 MB, the English seeds only for
// the baseline): gaiko's mention linking and whole check, beside compromise's entity extraction
// (people, places, organisations) on the same text, in the same run.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { check, linkMentions } from "../src/check/check.js";
import type { Store } from "../src/kb/store.js";

export function benchCheck(store: Store, shared: string | undefined): void {
  if (!shared) {
    process.stdout.write("checker throughput: skipped (../shared/seeds not found)\n");
    return;
  }
  const dir = join(shared, "seeds");
  const seeds = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), "utf8")).join("\n\n");
  let text = "";
  while (Buffer.byteLength(text) < 2 * 1024 * 1024) text += seeds + "\n\n";
  const mb = Buffer.byteLength(text) / (1024 * 1024);
  check(store, seeds); // warm the gazetteer and indexes once
  let t0 = performance.now();
  const linked = linkMentions(store, text).length;
  const linkS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  // CPU time beside wall time: on a machine shared with other work the wall figure alone says little.
  const cpu0 = process.cpuUsage();
  const r = check(store, text);
  const checkS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const checkCpuS = (cpu.user + cpu.system) / 1e6;
  t0 = performance.now();
  const doc = nlp(text);
  const found = doc.people().length + doc.places().length + doc.organizations().length;
  const nlpS = (performance.now() - t0) / 1000;
  process.stdout.write(
    `mention linking on ${mb.toFixed(1)} MB: ${(mb / linkS).toFixed(2)} MB/s (${linked.toLocaleString("en")} mentions); ` +
      `whole check: ${(mb / checkS).toFixed(2)} MB/s (${(mb / checkCpuS).toFixed(2)} MB/s of CPU time; ${r.stats.mentions.toLocaleString("en")} mentions, ${r.stats.claims.toLocaleString("en")} claims)   ` +
      `baseline compromise entity extraction: ${(mb / nlpS).toFixed(2)} MB/s (${found.toLocaleString("en")} entities)   target > 1 MB/s\n`,
  );
}
