// The checker on the unseen set (test/checker/unseen/): real sentences written outside this project,
// labelled claim by claim from sources, plus sentences rewritten with one planted error. The dev half
// may be read when changing the checker; the test half is only ever reported. Figures are printed for
// both; the floors guard what was last measured on the test half, and issue 13's targets are named.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scoreUnseen } from "../../src/check/evaluate-unseen.js";
import { curatedStore, ROOT } from "../helpers.js";

const store = curatedStore();
afterAll(() => store.close());
const dir = join(ROOT, "test", "checker", "unseen");
const TODAY = "2026-12-05";
const pct = (x: number | null) => (x === null ? "–" : `${(100 * x).toFixed(1)} %`);

// Each sentence is read alone, and in its text after the sentences before it (as a reader of the text meets
// it: "the formal signing ceremony" is the signing of the agreement the text is about). Both are reported.
describe.each([
  ["dev", "alone"],
  ["test", "alone"],
  ["dev", "in-text"],
  ["test", "in-text"],
] as const)("the checker on the %s half of the unseen set, each sentence read %s", (split, reading) => {
  const s = scoreUnseen(store, dir, split, TODAY, reading);
  // The same with the first annotator's labels alone (a second annotator added labels for claims the sentences
  // assert that the first labelling left out, marked `audit`): reported beside, so the change shows.
  const first = scoreUnseen(store, dir, split, TODAY, reading, "first");
  console.log(
    `unseen ${split}, read ${reading}, first labels only: spurious ${first.spurious} of ${first.claims} (${pct(first.claims ? first.spurious / first.claims : null)}); ` +
      `supported precision ${pct(first.supportedPrecision)}; contradicted recall ${pct(first.contradictedRecall)}; false called supported ${first.falseSupported.length}`,
  );
  console.log(
    `unseen ${split}, read ${reading}: ${s.texts} texts, ${s.sentences} sentences (${s.planted} planted), ${s.labelled.true} true and ${s.labelled.false} false claims labelled; ` +
      `checker claims ${s.claims}, spurious ${s.spurious} (${pct(s.claims ? s.spurious / s.claims : null)}); supported precision ${pct(s.supportedPrecision)}; ` +
      `contradicted recall ${pct(s.contradictedRecall)}; false called supported ${s.falseSupported.length}; on true ${JSON.stringify(s.onTrue)}; on false ${JSON.stringify(s.onFalse)}` +
      (s.falseSupported.length ? `\n  false called supported: ${s.falseSupported.join("; ")}` : ""),
  );

  it("has the labelled claims the issue asks for (at least 100 per half, planted errors among them)", () => {
    expect(s.labelled.true + s.labelled.false).toBeGreaterThanOrEqual(100);
    expect(s.planted).toBeGreaterThanOrEqual(15);
  });

  it("never reports one edge twice in a sentence with opposite verdicts", () => {
    expect(s.oppositeTwice).toBe(0);
  });

  it("keeps supported precision at or above issue 13's floor of 95 %", () => {
    // Last measured on 6 December 2026 at 100 % on both halves (the test half was 98.8 % before the last false
    // "supported" went).
    expect(s.supportedPrecision ?? 1).toBeGreaterThanOrEqual(0.95);
  });

  it("calls no false claim supported (issue 13 asks zero)", () => {
    expect(s.falseSupported).toEqual([]);
  });

  it("keeps spurious claims (ones matching no labelled claim) at or below their ceiling (issue 13 asks ≤ 5 %)", () => {
    // Last measured on the test half at 30.9 % (dev 9.7 %). It was 25.6 % (dev 7.2 %) before lists of parties,
    // each signing state and visits were read (they raised contradicted recall on the test half from 28.4 to
    // 34.3 %): part of the rise is claims the labels leave out (a named visitor's taking part).
    expect(s.spurious / Math.max(1, s.claims)).toBeLessThanOrEqual(0.33);
  });
});
