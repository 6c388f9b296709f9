import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Seconds each slow test file took in a whole run (7 December 2026, 2 CPUs, `npm test`): files of 4 s or more.
 * A fresh clone (CI) has no vitest cache of durations, so vitest would run files in the order it finds them and a
 * long browser file found late (look-s5, the longest) would run alone at the end while the other worker sits idle. Longest
 * first keeps both workers busy to the end. Unlisted files follow, in vitest's own order. Only the order changes.
 * look-s5, edges, timeline-map and explorer were cut later that day (task CITIME): their figures are the whole
 * run's times scaled by each file's after/before ratio, the two versions run side by side on a loaded machine,
 * each alone but explorer, which ran beside timeline-map (look-s5 278 → 221 s, edges 116 → 94, timeline-map
 * 139 → 112, explorer 237 → 210).
 */
const SECONDS: Readonly<Record<string, number>> = {
  "test/e2e/look-s5.e2e.test.ts": 174,
  "test/e2e/edges.e2e.test.ts": 91,
  "test/e2e/timeline-map.e2e.test.ts": 87,
  "test/e2e/explorer.e2e.test.ts": 86,
  "test/e2e/citations.e2e.test.ts": 69,
  "test/e2e/entity.e2e.test.ts": 51,
  "test/e2e/votes-check.e2e.test.ts": 46,
  "test/e2e/map-regions.e2e.test.ts": 35,
  "test/e2e/asof.e2e.test.ts": 32,
  "test/e2e/note-ja.e2e.test.ts": 28,
  "test/e2e/network.e2e.test.ts": 27,
  "test/e2e/timeline-touch.e2e.test.ts": 25,
  "test/e2e/timeline-ja.e2e.test.ts": 25,
  "test/e2e/check-map-words.e2e.test.ts": 25,
  "test/cli.test.ts": 19,
  "test/e2e/look-s6.e2e.test.ts": 18,
  "test/e2e/look-s4.e2e.test.ts": 17,
  "test/e2e/timeline-marks.e2e.test.ts": 16,
  "test/e2e/reader-flaws.e2e.test.ts": 16,
  "test/e2e/bundle.e2e.test.ts": 16,
  "test/e2e/look-w8.e2e.test.ts": 15,
  "web/src/timeline/key-events.data.test.ts": 14,
  "test/reliability/check-pool.test.ts": 13,
  "test/lists/questions.test.ts": 13,
  "test/e2e/look.e2e.test.ts": 13,
  "test/e2e/look-s4-views.e2e.test.ts": 13,
  "test/reliability/hostile.test.ts": 10,
  "test/e2e/screens.e2e.test.ts": 10,
  "test/e2e/last-flaws.e2e.test.ts": 10,
  "test/reliability/faults.test.ts": 9,
  "src/kb/generated-names.test.ts": 9,
  "test/e2e/roles.e2e.test.ts": 8,
  "test/e2e/look-s3.e2e.test.ts": 8,
  "test/reliability/server-slow.test.ts": 7,
  "test/data.test.ts": 7,
  "test/reliability/server-deadlines.test.ts": 6,
  "test/e2e/un-members.e2e.test.ts": 6,
  "test/e2e/lists.e2e.test.ts": 6,
  "src/check/speed-equivalence.test.ts": 6,
  "test/reliability/writers.test.ts": 5,
  "test/e2e/timeline-short.e2e.test.ts": 5,
  "test/e2e/look-w6.e2e.test.ts": 5,
  "test/e2e/lists-missions.e2e.test.ts": 5,
  "test/asof/relations-count.test.ts": 5,
  "test/e2e/agreement-names.e2e.test.ts": 4,
};

/** Runs the files known to be slow first, longest first; the rest after them as vitest orders them. */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const weight = (f: TestSpecification) => SECONDS[relative(this.ctx.config.root, f.moduleId).split("\\").join("/")] ?? 0;
    return sorted.map((f, i) => ({ f, i, w: weight(f) })).sort((a, b) => b.w - a.w || a.i - b.i).map((x) => x.f);
  }
}
