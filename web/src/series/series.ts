// What a state page charts from the numeric series: which series apply to the state, and the points of
// one series as lines. Pure (no DOM); the component only draws what this returns.
import type { SeriesCatalog, SeriesInfo, SeriesResult } from "../../../src/model/lists.js";

export type { SeriesCatalog, SeriesInfo, SeriesResult };

/** A line of the chart: one entity (→ partner) pair, its points in year order. */
export interface SeriesLine {
  key: string;
  label: string;
  points: { year: number; value: number }[];
}

/**
 * The series a state's page can chart: its own (scope `state`) and those of pairs with Japan (scope `dyad`),
 * in catalogue order. The UN's own series (scope `organization`) belong to no state page.
 *
 * @example seriesForState(catalog.series, "china").map((s) => s.name) // ["cow-exports", …, "shared-igos", …]
 */
export function seriesForState(series: readonly SeriesInfo[], state: string): SeriesInfo[] {
  return series.filter((s) => s.scope === "state" || (s.scope === "dyad" && state !== "japan"));
}

/**
 * One series' points for a state as chart lines: the state's own values as one line; for a pair series,
 * only the pairs with Japan (Japan → state and state → Japan as separate lines, as DIPCON codes each way).
 * "No data" is a value with its reason, never an empty chart.
 *
 * @example linesOf(result, "china", (n) => n.en)
 */
export function linesOf(r: SeriesResult, state: string, name: (n: { en: string; ja: string | null }) => string): { lines: SeriesLine[] } | { none: string } {
  const lines = new Map<string, SeriesLine>();
  for (const p of r.points) {
    const own = p.entity.id === state && p.partner === null;
    const withJapan = p.partner !== null && ((p.entity.id === state && p.partner.id === "japan") || (p.entity.id === "japan" && p.partner.id === state));
    if (!own && !withJapan) continue;
    const key = `${p.entity.id}>${p.partner?.id ?? ""}`;
    const label = p.partner ? `${name(p.entity.name)} → ${name(p.partner.name)}` : name(p.entity.name);
    let line = lines.get(key);
    if (!line) lines.set(key, (line = { key, label, points: [] }));
    line.points.push({ year: p.year, value: p.value });
  }
  for (const l of lines.values()) l.points.sort((a, b) => a.year - b.year);
  if (lines.size === 0) return { none: noValue(r.series.title, r.series.from, r.series.to, "en") };
  return { lines: [...lines.values()] };
}

/**
 * Why a series draws nothing for a state, in the page's language with the series' title in it (a
 * Japanese page said "データなし：Military expenditure (SIPRI) has no value for this state (1949–2020)").
 * @example noValue("軍事支出（SIPRI）", 1949, 2020, "ja") // "軍事支出（SIPRI）にはこの国の値がありません（1949–2020年）"
 */
export function noValue(title: string, from: number | string, to: number | string, lang: "en" | "ja"): string {
  return lang === "ja" ? `${title}にはこの国の値がありません（${from}–${to}年）` : `${title} has no value for this state (${from}–${to})`;
}

/** The series a state page opens on, first to last: military spending as SIPRI gives it, then the long-run share of GDP and COW's figures, which go back before 1949. */
const PREFERRED = ["sipri-military-expenditure", "milex-share-gdp-long-run", "nmc-milex"];

/**
 * The series a state page opens on: with no date, SIPRI's military spending; at a date, the first preferred
 * series whose years reach it, else any that does (a 1935 page opened on SIPRI's 1949–2020 figures with
 * nothing at its year), else SIPRI's all the same. Series already found empty for the state (`empty`) are
 * passed over while another remains: Palau has no SIPRI figures but has the long-run share of GDP.
 * @example defaultSeries(options, 1935).name // "milex-share-gdp-long-run"
 * @example defaultSeries(options, null, ["sipri-military-expenditure"]).name // "milex-share-gdp-long-run"
 */
export function defaultSeries(all: readonly SeriesInfo[], year: number | null, empty: readonly string[] = []): SeriesInfo | undefined {
  const left = all.filter((o) => !empty.includes(o.name));
  const options = left.length > 0 ? left : all;
  const preferred = PREFERRED.map((name) => options.find((o) => o.name === name)).filter((o): o is SeriesInfo => o !== undefined);
  const reaches = (o: SeriesInfo) => year !== null && Number(o.from) <= year && year <= Number(o.to);
  return (year === null ? undefined : (preferred.find(reaches) ?? options.find(reaches))) ?? preferred[0] ?? options[0];
}

/**
 * What a chart says when its lines have no value at the page's year: the years they do cover, or null when
 * one has a value then (or the page has no date).
 * @example missingYear([{ key: "japan>", label: "Japan", points: [{ year: 1949, value: 1 }, { year: 2020, value: 2 }] }], 1935) // { from: 1949, to: 2020 }
 */
export function missingYear(lines: readonly SeriesLine[], year: number | null): { from: number; to: number } | null {
  if (year === null) return null;
  const years = lines.flatMap((l) => l.points.map((p) => p.year));
  if (years.length === 0 || years.includes(year)) return null;
  return { from: Math.min(...years), to: Math.max(...years) };
}

/**
 * That sentence in the page's language.
 * @example missingYearText(1935, { from: 1949, to: 2020 }, "ja") // "この系列には1935年の値がありません（値があるのは1949–2020年）。"
 */
export function missingYearText(year: number, span: { from: number; to: number }, lang: "en" | "ja"): string {
  return lang === "ja" ? `この系列には${year}年の値がありません（値があるのは${span.from}–${span.to}年）。` : `This series has no value for ${year} (its values here run ${span.from}–${span.to}).`;
}

/** The API address of a series for a state, as JSON or CSV (the chart's download links). */
export function seriesUrl(name: string, state: string, format: "json" | "csv" = "json"): string {
  return `/api/v1/series/${encodeURIComponent(name)}?state=${encodeURIComponent(state)}${format === "csv" ? "&format=csv" : ""}`;
}
