import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { Store } from "./src/kb/store.js";
import { check } from "./src/check/check.js";
const store = Store.open("/work/main/var/gaiko.db");
const SEED_FILES: Record<string, string> = { "seed-000": "000_4f8ce3bb9d38b238.txt", "seed-001": "001_5cb3e42bfc75a869.txt", "seed-002": "002_fb9fe2498551e043.txt", "seed-003": "003_7451c9b5e822e43e.txt" };
const labels = parse(readFileSync("/work/main/test/checker/seed-claims.yaml", "utf8")) as any[];
const only = process.argv[2];
let i = 0;
for (const l of labels) {
  i++;
  if (l.verdict === "slant") continue;
  const paras = readFileSync(join("/work/shared/seeds", SEED_FILES[l.seed]!), "utf8").split(/\r?\n/).filter((p) => p.trim() !== "");
  const p = paras[l.paragraph - 1]!;
  const r = check(store, p);
  const named = new Set([...(l.decided_by ?? []).flatMap((d: any) => [d.subject, d.object]), ...check(store, l.claim).mentions.map((m) => m.entity.id)].filter(Boolean));
  const ov = r.claims.filter((c) => c.start < l.end && l.start < c.end);
  const overlapping = ov.filter((c) => named.has(c.subject.id) && (!c.object || named.has(c.object.id)));
  const got = overlapping.some((c) => c.verdict === "contradicted") ? "contradicted" : overlapping.some((c) => c.verdict === "supported") ? "supported" : "not-checkable";
  if (got === l.verdict && only !== "all") continue;
  console.log(`#${i} ${l.seed}¶${l.paragraph} [${l.frame}] want ${l.verdict} got ${got}`);
  console.log(`  TEXT: ${p.slice(l.start, l.end)}`);
  console.log(`  CLAIM: ${l.claim}${l.expected ? "  EXPECTED: " + l.expected : ""}`);
  for (const d of l.decided_by ?? []) console.log(`  DECIDED: ${d.subject} ${d.p} ${d.object ?? ""} ${d.time ?? ""}`);
  for (const c of ov) console.log(`  GOT: ${c.subject.id} ${c.p} ${c.object?.id ?? ""} ${c.verdict} ${c.time?.text ?? ""} ${named.has(c.subject.id) && (!c.object || named.has(c.object.id)) ? "" : "(unmatched)"}`);
  console.log(`  MENTIONS: ${r.mentions.filter((m) => m.start < l.end && l.start < m.end).map((m) => m.text + "=" + m.entity.id).join(", ")}`);
}
