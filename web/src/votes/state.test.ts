import { describe, expect, it } from "vitest";
import type { VoteAgreementResult, VoteRankingRow } from "../api/types.js";
import { divergentColumns, domainOf, endLabels, extremes, isolated, parseVotesState, seriesOf, thinYears, thinYearsText, votesParams, type SeriesPoint } from "./state.js";

const ref = (id: string) => ({ id, kind: "state" as const, name: { en: id.toUpperCase(), ja: null } });

describe("parseVotesState", () => {
  it("takes the defaults from an empty URL", () => {
    expect(parseVotesState(new URLSearchParams())).toEqual({ states: ["united-states", "china", "south-korea", "russia"], measure: "agreement", issue: null, important: false, year: 2019, from: 2010, to: 2020 });
  });

  it.each([
    ["with=china,india,china", { states: ["china", "india"] }],
    ["with=a,b,c,d,e,f,g", { states: ["a", "b", "c", "d", "e"] }],
    ["with=", { states: [] }],
    ["measure=sScore&issue=nu&important=true", { measure: "sScore", issue: "nu", important: true }],
    ["measure=bogus&issue=zz&important=yes", { measure: "agreement", issue: null, important: false }],
    ["year=1900&from=2030&to=1990", { year: 1946, from: 1990, to: 2020 }],
  ])("reads %s", (search, want) => {
    expect(parseVotesState(new URLSearchParams(search))).toMatchObject(want);
  });

  it("round-trips through its URL parameters, defaults left out", () => {
    const s = parseVotesState(new URLSearchParams("with=china,ussr&measure=strict&issue=hr&important=true&year=1985&from=1990&to=2000"));
    const params = votesParams(s);
    const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== null));
    expect(parseVotesState(q)).toEqual(s);
    expect(Object.values(votesParams(parseVotesState(new URLSearchParams()))).every((v) => v === null)).toBe(true);
  });
});

describe("seriesOf", () => {
  const result = (id: string, values: [number, number | null][]): VoteAgreementResult => ({
    release: "r",
    builtAt: "t",
    a: ref("japan"),
    b: ref(id),
    by: "year",
    filter: { from: null, to: null, issue: null, important: false },
    overall: { n: 1, agreement: 0.5, strict: 0.5, sScore: 0 },
    periods: values.map(([period, v]) => ({ period, n: v === null ? 0 : 10, agreement: v, strict: v === null ? null : v / 2, sScore: v === null ? null : v * 2 - 1 })),
  });

  it("gives one series per state, with gaps where no vote was cast", () => {
    const points = seriesOf([result("china", [[1970, null], [1972, 0.8]]), result("india", [[1970, 0.6]])], "strict", (n) => n.en);
    expect(points).toEqual([
      { id: "china", name: "CHINA", year: 1970, value: null, n: 0 },
      { id: "china", name: "CHINA", year: 1972, value: 0.4, n: 10 },
      { id: "india", name: "INDIA", year: 1970, value: 0.3, n: 10 },
    ]);
  });

  it("leaves out a year with fewer than five shared roll calls, and names it", () => {
    const r = result("china", [[2019, 0.7], [2020, 1]]);
    r.periods[1]!.n = 1;
    const points = seriesOf([r], "agreement", (n) => n.en);
    expect(points.map((p) => p.value)).toEqual([0.7, null]);
    expect(thinYears(points)).toEqual([{ year: 2020, n: 1 }]);
  });

  it.each([
    ["en", "2019 (3), 2020 (1)"],
    ["ja", "2019年（3件）、2020年（1件）"],
  ] as const)("writes the years left out, with the roll calls shared, in %s", (lang, text) => {
    expect(thinYearsText([{ year: 2019, n: 3 }, { year: 2020, n: 1 }], lang)).toBe(text);
  });

  it("draws shares on 0–1 and the S-score on −1–1", () => {
    expect(domainOf("agreement")).toEqual([0, 1]);
    expect(domainOf("sScore")).toEqual([-1, 1]);
  });
});

describe("extremes", () => {
  const row = (id: string, agreement: number | null): VoteRankingRow => ({ state: ref(id), isoNumeric: null, n: agreement === null ? 0 : 50, agreement, strict: agreement, sScore: agreement });

  it("lists the most aligned first and the least aligned last-first, leaving out states without votes", () => {
    const rows = [row("a", 0.9), row("b", null), row("c", 0.2), row("d", 0.5), row("e", 0.7)];
    const { most, least, voted } = extremes(rows, 2);
    expect(most.map((r) => r.state.id)).toEqual(["a", "e"]);
    expect(least.map((r) => r.state.id)).toEqual(["c", "d"]);
    expect(voted).toBe(4);
  });

  it("never lists a state in both when there are few", () => {
    const { most, least } = extremes([row("a", 0.9), row("c", 0.2), row("d", 0.5)], 2);
    expect(most.map((r) => r.state.id)).toEqual(["a", "d"]);
    expect(least.map((r) => r.state.id)).toEqual(["c"]);
  });
});

describe("divergentColumns", () => {
  it("shows Japan, the state it split from and the one it joined", () => {
    expect(divergentColumns({ a: ref("japan"), against: ref("united-states"), alongside: ref("china") }).map((s) => s.id)).toEqual(["japan", "united-states", "china"]);
    expect(divergentColumns({ a: ref("japan"), against: null, alongside: ref("china") }).map((s) => s.id)).toEqual(["japan", "china"]);
  });
});

describe("endLabels", () => {
  const p = (id: string, year: number, value: number | null): SeriesPoint => ({ id, name: id, year, value, n: 10 });

  it("writes each name at its line's last drawn point", () => {
    expect(endLabels([p("a", 2018, 0.2), p("a", 2019, 0.3), p("a", 2020, null), p("b", 2020, 0.9)], 0.05, [0, 1])).toEqual([
      { id: "b", name: "b", year: 2020, value: 0.9, y: 0.9 },
      { id: "a", name: "a", year: 2019, value: 0.3, y: 0.3 },
    ]);
  });

  it("keeps labels apart, and inside the domain", () => {
    expect(endLabels([p("a", 2019, 0.69), p("b", 2019, 0.68), p("c", 2019, 0.68)], 0.05, [0, 1]).map((l) => l.y)).toEqual([0.69, 0.64, 0.59]);
    expect(endLabels([p("a", 2019, 0.01), p("b", 2019, 0)], 0.05, [0, 1]).map((l) => l.y)).toEqual([0.05, 0]);
  });
});

describe("isolated", () => {
  const p = (id: string, year: number, value: number | null): SeriesPoint => ({ id, name: id, year, value, n: 10 });

  it("finds the points a line cannot draw, with a gap on both sides", () => {
    const points = [p("a", 1960, 0.5), p("a", 1961, null), p("a", 1962, 0.4), p("a", 1963, 0.45), p("b", 1960, null), p("b", 1961, 0.3)];
    expect(isolated(points).map((x) => `${x.id}${x.year}`)).toEqual(["a1960", "b1961"]);
  });
});
