// Issue 13 item 1: a well-kept NLP library (compromise, already a dependency) against the checker's own
// code, on labelled data, so the better one is kept on evidence. Sentence boundaries: the labelled
// claim sentences of the seeds (start/end offsets in seed-claims.yaml, needs ../shared). Negation: the
// polarity of every labelled claim of the unseen set's dev half. Figures are printed; the assertions
// record the decision (the checker keeps its own code while it measures at least as well).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadUnseen } from "../../src/check/evaluate-unseen.js";
import { hasNegation } from "../../src/check/polarity.js";
import { splitSentences } from "../../src/check/sentences.js";
import { ROOT } from "../helpers.js";
import { describeWithShared } from "../shared.js";

const SEED_FILES: Record<string, string> = {
  "seed-000": "000_4f8ce3bb9d38b238.txt", "seed-001": "001_5cb3e42bfc75a869.txt", "seed-002": "002_fb9fe2498551e043.txt", "seed-003": "003_7451c9b5e822e43e.txt",
};

describeWithShared("sentence boundaries: the checker's splitter beside compromise", (shared) => {
  const labels = (parse(readFileSync(join(ROOT, "test", "checker", "seed-claims.yaml"), "utf8")) as { seed: string; paragraph: number; start: number; end: number; frame: string }[])
    .filter((l) => l.frame !== "slant");
  let ours = 0;
  let theirs = 0;
  const seen = new Set<string>();
  for (const l of labels) {
    const key = `${l.seed}|${l.paragraph}|${l.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const para = readFileSync(join(shared, "seeds", SEED_FILES[l.seed]!), "utf8").split(/\r?\n/).filter((p) => p.trim() !== "")[l.paragraph - 1]!;
    if (splitSentences(para).some((s) => s.start === l.start && s.end === l.end)) ours++;
    const spans = (nlp(para).sentences().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]).map((s) => {
      const start = s.offset.start;
      let end = start + s.offset.length;
      while (end > start && /\s/.test(para[end - 1]!)) end--;
      return [start, end];
    });
    if (spans.some(([a, b]) => a === l.start && b === l.end)) theirs++;
  }
  console.log(`sentence boundaries on ${seen.size} labelled seed sentences: checker ${ours} exact, compromise ${theirs} exact`);

  it("keeps the checker's splitter, which finds at least as many labelled sentences exactly", () => {
    expect(ours).toBeGreaterThanOrEqual(theirs);
  });
});

describe("negation: the checker's reading beside compromise's #Negative, on the unseen dev half", () => {
  const rows: { text: string; negative: boolean }[] = [];
  for (const { data } of loadUnseen(join(ROOT, "test", "checker", "unseen")).filter((f) => f.data.split === "dev")) {
    for (const s of data.sentences ?? []) {
      const claims = s.claims ?? [];
      if (!claims.length) continue;
      rows.push({ text: s.text, negative: claims.some((c) => c.polarity === "negative") });
    }
  }
  const score = (f: (t: string) => boolean) => rows.filter((r) => f(r.text) === r.negative).length;
  const ours = score(hasNegation);
  const theirs = score((t) => nlp(t).has("#Negative"));
  console.log(`sentence-level negation on ${rows.length} labelled dev sentences: checker ${ours} right, compromise ${theirs} right`);

  it("keeps the checker's negation reading, which is right at least as often", () => {
    expect(rows.length).toBeGreaterThan(50);
    expect(ours).toBeGreaterThanOrEqual(theirs);
  });
});
