// A guard for speed work on the checker (issue 13): what the checker says on the four seeds (each alone
// and joined as `npm run bench` joins them) and on every sentence of the unseen set — every mention,
// claim, verdict, expected value, reason (EN and JA), evidence and slant — is recorded in
// __snapshots__/speed-equivalence.jsonl, one JSON line per item, and must stay identical.
//
// - A speed change NEVER regenerates the snapshot: if it changes a line, the change is a bug.
// - A verdict change made on purpose by a rule change (src/check/rules/*, claim.ts, verdict.ts …) is
//   regenerated: `UPDATE_SNAPSHOT=1 npx vitest run src/check/speed-equivalence.test.ts`, committed with
//   the rule change, after reading the diff of the .jsonl file.
//
// The knowledge base is pinned: it is built from data/ as of the commit named in the snapshot's first
// line (`git archive`), so that data added every day does not move the results. Regenerating pins the
// data of HEAD. The build is cached in the temporary folder per commit (the first run builds it, about a
// minute on a loaded machine); without git or that commit (a shallow clone), the test is skipped.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ROOT } from "../../test/helpers.js";
import { describeWithShared } from "../../test/shared.js";
import { buildDatabase } from "../kb/build.js";
import { SCHEMA_VERSION } from "../kb/schema.js";
import { Store } from "../kb/store.js";
import type { CheckResult } from "../model/results.js";
import { check } from "./check.js";
import { loadUnseen } from "./evaluate-unseen.js";

const SNAPSHOT = join(import.meta.dirname, "__snapshots__", "speed-equivalence.jsonl");
const UPDATE = process.env.UPDATE_SNAPSHOT === "1";
const TODAY = "2026-12-05";

const git = (...args: string[]) => spawnSync("git", ["-C", ROOT, ...args], { encoding: "utf8" });
/** The commit whose data/ the snapshot was taken with: HEAD when regenerating, else the recorded one. */
const pinned: string | undefined = UPDATE
  ? git("rev-parse", "HEAD").stdout.trim() || undefined
  : existsSync(SNAPSHOT)
    ? (JSON.parse(readFileSync(SNAPSHOT, "utf8").split("\n", 1)[0]!) as { dataCommit: string }).dataCommit
    : undefined;
const available = !!pinned && git("cat-file", "-e", `${pinned}^{commit}`).status === 0;

/** The data/ of a commit, built once into the temporary folder and reused by later runs of the same store schema. */
function pinnedStore(commit: string): Store {
  const db = join(tmpdir(), `gaiko-speed-equivalence-${commit.slice(0, 12)}-schema${SCHEMA_VERSION}.db`);
  if (!existsSync(db)) {
    const dir = mkdtempSync(join(tmpdir(), "gaiko-speed-equivalence-data-"));
    try {
      execFileSync("sh", ["-c", `git -C "$1" archive "$2" data | tar -x -C "$3"`, "sh", ROOT, commit, dir]);
      buildDatabase(join(dir, "data"), db);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return Store.open(db);
}

/**
 * One result as lines: the document, then each mention, claim and slanted phrase. Entities are given
 * by id and evidence by statement, time, status and source ids (the rest is the store's, not the checker's).
 */
function lines(name: string, r: CheckResult): string[] {
  const id = (e: { id: string } | null | undefined) => e?.id ?? null;
  const evidence = (c: CheckResult["claims"][number]) => c.evidence.map((e) => [e.statement, e.time, e.status, e.sources.map((s) => s.source)]);
  return [
    JSON.stringify(["doc", name, r.document, r.stats]),
    ...r.mentions.map((m) => JSON.stringify(["mention", m.start, m.end, m.text, m.entity.id, m.via])),
    ...r.claims.map((c) => JSON.stringify(["claim", { ...c, subject: id(c.subject), object: id(c.object), attributedTo: id(c.attributedTo), evidence: evidence(c) }])),
    ...r.slant.map((s) => JSON.stringify(["slant", s])),
  ];
}

describeWithShared("the checker's results on the seeds and the unseen set (kept identical by speed work)", (shared) => {
  if (!available) {
    it.skip(`needs git and the pinned commit ${pinned ?? "(no snapshot)"} to build its data`, () => {});
    return;
  }
  let store: Store;
  beforeAll(() => {
    store = pinnedStore(pinned!);
  }, 300_000);
  afterAll(() => store?.close());

  it("says exactly what the snapshot records", () => {
    const dir = join(shared, "seeds");
    const seeds = readdirSync(dir).sort().map((f) => ({ f, text: readFileSync(join(dir, f), "utf8") }));
    const got: string[] = [];
    for (const { f, text } of seeds) got.push(...lines(`seed ${f}`, check(store, text, { today: TODAY })));
    got.push(...lines("seeds joined", check(store, seeds.map((s) => s.text).join("\n\n"), { today: TODAY })));
    for (const { file, data } of loadUnseen(join(ROOT, "test", "checker", "unseen"))) {
      for (const s of data.sentences ?? []) got.push(...lines(`unseen ${file} ${s.id}`, check(store, s.text, { today: TODAY })));
    }
    if (UPDATE) {
      mkdirSync(join(import.meta.dirname, "__snapshots__"), { recursive: true });
      writeFileSync(SNAPSHOT, [JSON.stringify({ dataCommit: pinned, today: TODAY }), ...got].join("\n") + "\n");
    }
    const want = readFileSync(SNAPSHOT, "utf8").trimEnd().split("\n").slice(1);
    expect(got.length).toBeGreaterThan(1000);
    expect(got).toEqual(want);
    // Building the pinned data and checking every seed and unseen sentence takes about 8 s alone; with the whole
    // suite running beside it on two CPUs it has taken 30 s, the default limit.
  }, 120_000);
});
