import { describe, expect, it } from "vitest";
import { binaryTicks, defaultSeries, lineWidths, linesOf, snapshotDots, missingYear, missingYearText, noValue, seriesForState, seriesUrl, type SeriesInfo, type SeriesResult } from "./series.js";

const info = (name: string, scope: SeriesInfo["scope"]): SeriesInfo => ({
  name, title: name, unit: "u", scope, description: "", source: { id: "s", title: "S", url: null, publisher: null, citation: null }, entities: 1, points: 1, from: 2000, to: 2001,
});
const ref = (id: string) => ({ id, kind: "state" as const, name: { en: id[0]!.toUpperCase() + id.slice(1), ja: null } });
const result = (points: [string, string | null, number, number][]): SeriesResult => ({
  release: "r", builtAt: "b", series: info("x", "dyad"), filters: { state: null, from: null, to: null }, total: points.length,
  points: points.map(([e, p, year, value]) => ({ entity: ref(e), partner: p ? ref(p) : null, year, value, locator: null })),
});

describe("the state page's series", () => {
  it.each<[string, string[]]>([
    ["china", ["milex", "igos"]],
    ["japan", ["milex"]],
  ])("offer %s its own series and its pairs with Japan, never the UN's", (state, expected) => {
    const all = [info("milex", "state"), info("igos", "dyad"), info("un-missions", "organization")];
    expect(seriesForState(all, state).map((s) => s.name)).toEqual(expected);
  });

  it("draw a state's own values as one line in year order", () => {
    const r = linesOf(result([["china", null, 2001, 2], ["china", null, 2000, 1], ["india", null, 2000, 5]]), "china", (n) => n.en);
    expect(r).toEqual({ lines: [{ key: "china>", label: "China", points: [{ year: 2000, value: 1 }, { year: 2001, value: 2 }] }] });
  });

  it("draw a pair series only for the pairs with Japan, each way on its own line", () => {
    const r = linesOf(result([["japan", "china", 2000, 1], ["china", "japan", 2000, 0], ["china", "india", 2000, 1]]), "china", (n) => n.en);
    expect("lines" in r && r.lines.map((l) => l.label)).toEqual(["Japan → China", "China → Japan"]);
  });

  // LOOK32: DIPCON's two directions, 1 in every year, were drawn one exactly on the other: one could not be seen.
  it("draw a pair's two directions as one line both ways when they hold the same values", () => {
    const r = linesOf(result([["mongolia", "japan", 1975, 1], ["japan", "mongolia", 1975, 1], ["japan", "mongolia", 1980, 1], ["mongolia", "japan", 1980, 1]]), "mongolia", (n) => n.en);
    expect("lines" in r && r.lines.map((l) => [l.label, l.points.length])).toEqual([["Japan ↔ Mongolia", 2]]);
    const apart = linesOf(result([["japan", "mongolia", 1975, 1], ["mongolia", "japan", 1975, 1], ["japan", "mongolia", 1980, 1], ["mongolia", "japan", 1980, 0]]), "mongolia", (n) => n.en);
    expect("lines" in apart && apart.lines.map((l) => l.label)).toEqual(["Japan → Mongolia", "Mongolia → Japan"]);
  });

  it("draw lines that may run together widest first, so the one beneath shows at the edges of the one above", () => {
    expect([lineWidths(1), lineWidths(2)]).toEqual([[2], [5.5, 2]]);
  });

  it.each<[string, number[], number[] | undefined, boolean]>([
    ["represented or not", [1, 0, 1], [0, 1], true],
    ["a measure", [1, 0.5, 2], undefined, true],
  ])("give a series of %s its own value ticks, and dots for a few snapshots", (_, values, ticks, dots) => {
    const line = { key: "japan>china", label: "Japan → China", points: values.map((value, i) => ({ year: 1970 + 5 * i, value })) };
    expect([binaryTicks([line]), snapshotDots([line])]).toEqual([ticks, dots]);
    expect(snapshotDots([{ ...line, points: Array.from({ length: 70 }, (_, i) => ({ year: 1950 + i, value: i })) }])).toBe(false);
  });

  it("say why there is nothing to draw", () => {
    expect(linesOf(result([["india", null, 2000, 5]]), "china", (n) => n.en)).toEqual({ none: "x has no value for this state (2000–2001)" });
  });

  // Nauru's Japanese page said "データなし：Military expenditure (SIPRI) has no value for this state (1949–2020)".
  it.each([
    ["ja", "軍事支出（SIPRI）", "軍事支出（SIPRI）にはこの国の値がありません（1949–2020年）"],
    ["en", "Military expenditure (SIPRI)", "Military expenditure (SIPRI) has no value for this state (1949–2020)"],
  ] as const)("say so in the page's language (%s)", (lang, title, want) => {
    expect(noValue(title, 1949, 2020, lang)).toBe(want);
  });

  it("link the JSON and CSV of a state's series", () => {
    expect([seriesUrl("shared-igos", "china"), seriesUrl("shared-igos", "china", "csv")]).toEqual(["/api/v1/series/shared-igos?state=china", "/api/v1/series/shared-igos?state=china&format=csv"]);
  });

  describe("at the page's date", () => {
    const span = (name: string, from: number, to: number): SeriesInfo => ({ ...info(name, "state"), from, to });
    const options = [span("armed-forces-personnel", 1985, 2015), span("milex-share-gdp-long-run", 1827, 2016), span("nmc-tpop", 1860, 2022), span("sipri-military-expenditure", 1949, 2020)];

    it.each<[number | null, string]>([
      [null, "sipri-military-expenditure"],
      [1972, "sipri-military-expenditure"],
      [1935, "milex-share-gdp-long-run"],
      [2021, "nmc-tpop"],
      [1700, "sipri-military-expenditure"],
    ])("open at %s on %s", (year, name) => {
      expect(defaultSeries(options, year)?.name).toBe(name);
    });

    it("pass over the series found empty for the state, while another remains", () => {
      expect(defaultSeries(options, null, ["sipri-military-expenditure"])?.name).toBe("milex-share-gdp-long-run");
      expect(defaultSeries(options, null, ["sipri-military-expenditure", "milex-share-gdp-long-run"])?.name).toBe("armed-forces-personnel");
      expect(defaultSeries(options, 1935, ["milex-share-gdp-long-run"])?.name).toBe("nmc-tpop");
      expect(defaultSeries(options, null, options.map((o) => o.name))?.name).toBe("sipri-military-expenditure");
    });

    const line = [{ key: "japan>", label: "Japan", points: [{ year: 1949, value: 1 }, { year: 2020, value: 2 }] }];
    it("say which years a series covers when it has no value at the page's year, and nothing when it has", () => {
      expect(missingYear(line, 1935)).toEqual({ from: 1949, to: 2020 });
      expect(missingYear(line, 2020)).toBeNull();
      expect(missingYear(line, null)).toBeNull();
      expect(missingYearText(1935, { from: 1949, to: 2020 }, "ja")).toBe("この系列には1935年の値がありません（値があるのは1949–2020年）。");
      expect(missingYearText(1935, { from: 1949, to: 2020 }, "en")).toBe("This series has no value for 1935 (its values here run 1949–2020).");
    });
  });
});
