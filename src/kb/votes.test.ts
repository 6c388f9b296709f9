import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { againstAll, allPairsByYear, divergentVotes, measures, pairIndex, pairSeries, type RollCall, type VoteData } from "./votes.js";

/** A hand-made table: states japan, usa, china, late (joins only in the third vote). 1 yes, 2 abstain, 3 no, 0 absent. */
function table(rows: [number, number[], number?][]): VoteData {
  const states = ["japan", "usa", "china", "late"];
  const calls: RollCall[] = rows.map(([year, votes, issues = 0], k) => ({
    rcid: k + 1, session: year - 1945, date: `${year}-10-0${(k % 9) + 1}`, year, important: k % 2 === 0, issues,
    resolution: null, short: null, votes: Uint8Array.from(votes),
  }));
  return { states, index: new Map(states.map((s, i) => [s, i])), calls };
}

const T = table([
  [1980, [1, 1, 3, 0], 0b000001],
  [1980, [2, 3, 1, 0], 0b000010],
  [1980, [3, 3, 2, 1], 0b000001],
  [1981, [1, 2, 1, 1]],
]);

describe("agreement measures on a hand-made table", () => {
  it.each([
    // a, b, year: n, identical, distance → agreement, strict, S (worked out by hand)
    ["japan", "usa", 1980, 3, 2, 0.5, 5 / 6, 2 / 3, 2 / 3],
    ["japan", "china", 1980, 3, 0, 2, 1 / 3, 0, -1 / 3],
    ["japan", "late", 1980, 1, 0, 1, 0, 0, -1],
    ["japan", "usa", 1981, 1, 0, 0.5, 0.5, 0, 0],
    ["usa", "china", 1981, 1, 0, 0.5, 0.5, 0, 0],
  ])("%s–%s in %i", (a, b, year, n, identical, distance, agreement, strict, s) => {
    const [p] = pairSeries(T, a, b, { from: year, to: year }, "year");
    expect(p).toMatchObject({ period: year, n, identical, distance });
    const m = measures(p!);
    expect(m.agreement).toBeCloseTo(agreement, 12);
    expect(m.strict).toBeCloseTo(strict, 12);
    expect(m.sScore).toBeCloseTo(s, 12);
  });

  it("gives no value, not zero, for states that never voted together", () => {
    const t = table([[1950, [1, 1, 0, 0]]]);
    expect(measures(pairSeries(t, "japan", "late", {}, "year")[0]!)).toEqual({ agreement: null, strict: null, sScore: null });
  });

  it("filters by issue and by important votes", () => {
    expect(pairSeries(T, "japan", "usa", { issue: "me" }, "year").map((p) => [p.period, p.n])).toEqual([[1980, 2]]);
    expect(pairSeries(T, "japan", "usa", { important: true }, "year").map((p) => [p.period, p.n])).toEqual([[1980, 2]]);
  });

  it("ranks every partner against one state, ties included", () => {
    const t = table([[1990, [1, 1, 1, 3]], [1990, [3, 3, 3, 3]]]);
    const r = againstAll(t, "japan", {}).map((x) => [x.state, measures(x.stats).agreement]);
    expect(r).toEqual([["usa", 1], ["china", 1], ["late", 0.5]]);
  });

  it("finds the votes where one state split from another and joined a third", () => {
    const got = divergentVotes(T, "japan", {}, "usa", "china").map((d) => d.call.rcid);
    expect(got).toEqual([4]);
    expect(divergentVotes(T, "japan", {}, "usa").map((d) => d.call.rcid)).toEqual([2, 4]);
  });
});

describe("the all-pairs bitset engine", () => {
  const vote = fc.constantFrom(0, 1, 2, 3);
  const tables = fc.array(fc.tuple(fc.integer({ min: 1946, max: 1949 }), fc.array(vote, { minLength: 4, maxLength: 4 })), { minLength: 1, maxLength: 80 });

  it("equals the row-by-row count for every pair and year, on random tables", () => {
    fc.assert(
      fc.property(tables, (rows) => {
        const t = table(rows as [number, number[]][]);
        for (const m of allPairsByYear(t)) {
          for (let i = 0; i < 4; i++) {
            for (let j = i + 1; j < 4; j++) {
              const [p] = pairSeries(t, t.states[i]!, t.states[j]!, { from: m.year, to: m.year }, "year");
              const k = pairIndex(i, j, 4);
              expect([m.n[k], m.identical[k], m.distance2[k]! / 2]).toEqual([p!.n, p!.identical, p!.distance]);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("handles more than 32 roll calls in a year (several bitset words)", () => {
    const rows: [number, number[]][] = Array.from({ length: 70 }, (_, k) => [2000, [1 + (k % 3), 1 + ((k + 1) % 3), k % 4, 1]]);
    const t = table(rows);
    const [m] = allPairsByYear(t);
    const [p] = pairSeries(t, "japan", "usa", {}, "year");
    expect(m!.n[pairIndex(0, 1, 4)]).toBe(p!.n);
    expect(m!.distance2[pairIndex(0, 1, 4)]! / 2).toBe(p!.distance);
  });
});
