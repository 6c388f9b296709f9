import { describe, expect, it } from "vitest";
import { administrationBars, chartLayout, fitLabel } from "./administration.js";
import type { PlaceClaim } from "./group.js";

const claim = (state: string, p: string, start: string | null, end: string | null): PlaceClaim =>
  ({
    place: { id: "x", kind: "place", name: { en: "x", ja: null } },
    state: { id: state, kind: "state", name: { en: state, ja: null } },
    statement: { id: `${state}-${p}`, p, start, end, status: "accepted" },
  }) as unknown as PlaceClaim;

describe("administrationBars", () => {
  it("runs open ends to now and starts the chart at the decade of the first date", () => {
    const { bars, start, end } = administrationBars([claim("japan", "administers", "1905-01-01", "1945-12-31"), claim("south-korea", "administers", "1954-01-01", null)], 2026);
    expect(start).toBe(1900);
    expect(end).toBe(2026);
    expect(bars.map((b) => [b.stateId, Math.round(b.start), Math.round(b.end)])).toEqual([
      ["japan", 1905, 1946],
      ["south-korea", 1954, 2026],
    ]);
  });
  it("starts the chart at the first dated start, not at the 0001-01-01 the API gives a span open at its start", () => {
    const open = { ...claim("japan", "administers", "0001-01-01", "1945-08-28"), statement: { ...claim("japan", "administers", "0001-01-01", "1945-08-28").statement, time: "../1945-08-28" } } as PlaceClaim;
    const { bars, start } = administrationBars([open, claim("japan", "administers", "1855-02-07", "1945-09-01"), claim("russia", "administers", "1991-12-01", null)], 2026);
    expect(start).toBe(1850);
    expect(bars[0]).toMatchObject({ start: 1850, dated: true });
    expect(Math.round(bars[0]!.end)).toBe(1946);
  });
  it("with only open starts, starts the chart a century back, or before the earliest end", () => {
    expect(administrationBars([claim("japan", "administers", "0001-01-01", "1945-08-28")], 2026).start).toBe(1926);
    expect(administrationBars([claim("japan", "administers", "0001-01-01", "1905-01-01")], 2026).start).toBe(1890);
  });
  it("spans an undated claim over the whole chart and says it is undated", () => {
    const { bars } = administrationBars([claim("taiwan", "claims", null, null)], 2026);
    expect(bars[0]).toMatchObject({ dated: false, start: 1926, end: 2026 });
  });
});

describe("a bar's label", () => {
  it("keeps a Japanese label whole where it fits, and cuts a long one by its width, marked", () => {
    expect(fitLabel("中華人民共和国 · 領有権を主張", 17)).toBe("中華人民共和国 · 領有権を主張");
    expect(fitLabel("United States · administers", 17)).toBe("United States · administers");
    const cut = fitLabel("中華人民共和国 · 領有権を主張している国として記録", 17);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThan(20);
    expect(fitLabel("a".repeat(40), 17)).toBe(`${"a".repeat(26)}…`);
  });
});

describe("the chart's layout", () => {
  const senkaku = ["Japan · administers", "United States · administers", "China · claims"];
  it("keeps the labels in a margin left of the bars where it holds the longest whole", () => {
    const wide = chartLayout(440, senkaku);
    expect(wide.above).toBe(false);
    expect(fitLabel("United States · administers", wide.ems)).toBe("United States · administers");
    expect(wide.left + wide.plot).toBeLessThanOrEqual(440);
    expect(chartLayout(350, ["日本 · 施政", "中華人民共和国 · 領有権を主張"]).above).toBe(false);
  });
  it("puts each label above its bar, whole, where the margin would cut one (a phone's 'United States · admi…')", () => {
    const phone = chartLayout(330, senkaku);
    expect(phone.above).toBe(true);
    expect(senkaku.map((t) => fitLabel(t, phone.ems))).toEqual(senkaku);
    // The bars take the chart's width, with room for a year centred on either edge.
    expect(phone.plot).toBeGreaterThan(280);
    expect(phone.left).toBeGreaterThanOrEqual(14);
    expect(chartLayout(300, ["中華人民共和国 · 領有権を主張"]).above).toBe(true);
  });
  it("cuts a label only where even the chart's width cannot hold it", () => {
    const long = "x".repeat(80);
    expect(fitLabel(long, chartLayout(330, [long]).ems).endsWith("…")).toBe(true);
  });
});
