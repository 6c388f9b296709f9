// The checker against the labelled seed claims (test/checker/seed-claims.yaml): precision and recall
// per verdict, printed, with floors that guard what has been reached. Needs ../shared/seeds.
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { evaluate } from "../src/check/evaluate.js";
import { ROOT, sharedStore } from "./helpers.js";
import { describeWithShared } from "./shared.js";

describeWithShared("the checker on the labelled seed claims", async (shared) => {
  const store = sharedStore();
  afterAll(() => store.close());
  const s = evaluate(store, join(ROOT, "test", "checker", "seed-claims.yaml"), join(shared, "seeds"));
  const pct = (x: number | null) => (x === null ? "–" : `${(100 * x).toFixed(1)} %`);
  console.log(
    `checker on ${s.labels} labelled seed items — precision: supported ${pct(s.precision.supported!)}, contradicted ${pct(s.precision.contradicted!)}; ` +
      `recall: supported ${pct(s.recall.supported!)}, contradicted ${pct(s.recall.contradicted!)}, checkable ${pct(s.checkableRecall)}; ` +
      `slant found ${s.slantFound}/${s.slantTotal}; confusion ${JSON.stringify(s.confusion)}`,
  );

  it("rarely calls a claim supported or contradicted wrongly (precision floors; issue 13 asks ≥ 95 % for supported)", () => {
    expect(s.precision.supported).toBeGreaterThanOrEqual(0.95);
    expect(s.precision.contradicted).toBeGreaterThanOrEqual(0.9);
  });

  it("calls no false seed claim supported (issue 13)", () => {
    expect(s.confusion.contradicted!.supported).toBe(0);
  });

  it("never calls an undecidable claim contradicted, and seldom supported", () => {
    expect(s.confusion["not-checkable"]!.contradicted).toBe(0);
    // The few "supported" here are narrower claims inside the same sentence that the knowledge base
    // does hold (Japan's recorded investment figure in a sentence whose comparison cannot be checked).
    expect(s.confusion["not-checkable"]!.supported).toBeLessThanOrEqual(3);
  });

  it("finds at least the share of checkable claims it found when last measured (recall floors)", () => {
    // Measured at 46.8 % checkable and 52.4 % contradicted recall after the redesign of issue 13, which stopped
    // supporting claims by words shared with free-text attributes, and stopped reporting mere links, names set
    // beside dates and names the sentence does not bind to its relation word (the round before reached 80 %
    // checkable partly through those, and called two false claims supported). Issue 13 asks ≥ 80 % contradicted recall.
    // 47.7 % after the spurious-claims round (December 2026).
    expect(s.checkableRecall).toBeGreaterThanOrEqual(0.47);
    expect(s.recall.contradicted).toBeGreaterThanOrEqual(0.5);
    expect(s.slantFound).toBeGreaterThanOrEqual(15);
  });
});
