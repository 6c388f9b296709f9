// Validates test/checker/seed-claims.yaml against the seeds: node test/checker/check-seed-claims.mjs [--kb EXPORT.json]
// Checks the shape of every item, that start/end slice a non-empty part of the paragraph, and
// prints counts by verdict and frame. With --kb (the output of `gaiko export --format json`), also
// checks that every decided_by entry still matches a non-rejected statement. Exit 1 on any problem.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.GAIKO_SHARED ?? join(here, "../../../shared");
const seedDir = join(shared, "seeds");
const paras = {};
for (const f of readdirSync(seedDir)) {
  const m = f.match(/^(\d{3})_/);
  if (!m) continue;
  paras[`seed-${m[1]}`] = readFileSync(join(seedDir, f), "utf8").split("\n").filter((l) => /\S/.test(l));
}
const FRAMES = new Set(["agreement-date", "agreement-place", "event-date", "diplomatic-status", "administers", "claims", "membership", "office", "party", "war", "other", "slant"]);
const VERDICTS = new Set(["supported", "contradicted", "not-checkable", "slant"]);
const items = parse(readFileSync(join(here, "seed-claims.yaml"), "utf8"));
const problems = [];
const byVerdict = {}, byFrame = {}, bySeed = {};
items.forEach((it, i) => {
  const where = `item ${i + 1} (${it.seed} ¶${it.paragraph})`;
  const p = paras[it.seed]?.[it.paragraph - 1];
  if (p === undefined) { problems.push(`${where}: no such seed paragraph`); return; }
  if (!Number.isInteger(it.start) || !Number.isInteger(it.end) || it.start < 0 || it.end > p.length || it.end <= it.start)
    problems.push(`${where}: bad offsets ${it.start}-${it.end} (paragraph length ${p.length})`);
  else if (!p.slice(it.start, it.end).trim()) problems.push(`${where}: offsets slice only whitespace`);
  if (!FRAMES.has(it.frame)) problems.push(`${where}: unknown frame ${it.frame}`);
  if (!VERDICTS.has(it.verdict)) problems.push(`${where}: unknown verdict ${it.verdict}`);
  if ((it.frame === "slant") !== (it.verdict === "slant")) problems.push(`${where}: slant frame and verdict must go together`);
  if (typeof it.claim !== "string" || !it.claim.trim()) problems.push(`${where}: empty claim`);
  if (it.verdict !== "slant") {
    if (it.verdict === "contradicted" && (it.expected == null || it.expected === "")) problems.push(`${where}: contradicted without expected`);
    if (it.verdict !== "contradicted" && it.expected != null) problems.push(`${where}: expected set on a ${it.verdict} item`);
    if (!Array.isArray(it.decided_by)) problems.push(`${where}: decided_by must be a list`);
    else if (it.verdict === "not-checkable" && it.decided_by.length) problems.push(`${where}: not-checkable with decided_by`);
    else if (it.verdict !== "not-checkable" && !it.decided_by.length) problems.push(`${where}: ${it.verdict} without decided_by`);
    for (const d of it.decided_by ?? []) if (!d.subject || !d.p) problems.push(`${where}: decided_by entry without subject or p`);
  }
  byVerdict[it.verdict] = (byVerdict[it.verdict] ?? 0) + 1;
  byFrame[it.frame] = (byFrame[it.frame] ?? 0) + 1;
  bySeed[it.seed] = (bySeed[it.seed] ?? 0) + 1;
});
const kbArg = process.argv.indexOf("--kb");
if (kbArg > 0) {
  const kb = JSON.parse(readFileSync(process.argv[kbArg + 1], "utf8"));
  items.forEach((it, i) => {
    for (const d of it.decided_by ?? []) {
      const hit = kb.statements.some((s) => s.status !== "rejected" && s.subject === d.subject && s.p === d.p &&
        (d.object == null || s.object === d.object) && (d.time == null || s.time === d.time) && (d.role == null || s.role === d.role));
      if (!hit) problems.push(`item ${i + 1} (${it.seed} ¶${it.paragraph}): decided_by ${JSON.stringify(d)} matches no accepted or contested statement (release ${kb.release})`);
    }
  });
}
console.log(`${items.length} items`);
console.log("by verdict:", byVerdict);
console.log("by frame:", byFrame);
console.log("by seed:", bySeed);
if (problems.length) { console.error(problems.join("\n")); process.exit(1); }
console.log("ok");
