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
  return { lines: bothWays([...lines.values()], r, name) };
}

/**
 * A pair's two directions as one line "Japan ↔ China" when they hold the same values in the same years: drawn
 * apart, one lay exactly on the other and could not be seen (DIPCON's representation, 1 both ways, every year).
 */
function bothWays(lines: SeriesLine[], r: SeriesResult, name: (n: { en: string; ja: string | null }) => string): SeriesLine[] {
  if (lines.length !== 2) return lines;
  const [a, b] = lines as [SeriesLine, SeriesLine];
  const same = a.points.length === b.points.length && a.points.every((p, i) => p.year === b.points[i]!.year && p.value === b.points[i]!.value);
  const pair = r.points.find((p) => p.partner !== null && `${p.entity.id}>${p.partner.id}` === a.key);
  if (!same || !pair?.partner) return lines;
  // Japan first, as the pair is read on the page ("Japan ↔ China"), whichever way the dataset listed first.
  const [one, other] = pair.partner.id === "japan" ? [pair.partner, pair.entity] : [pair.entity, pair.partner];
  return [{ key: `${a.key}|${b.key}`, label: `${name(one.name)} ↔ ${name(other.name)}`, points: a.points }];
}

/**
 * The stroke width of each line, first to last (the last is drawn on top): where lines run together, as
 * DIPCON's two directions do in most years, each wider line beneath shows at the edges of the one above.
 * @example lineWidths(2) // [5.5, 2]
 */
export function lineWidths(count: number): number[] {
  return Array.from({ length: count }, (_, i) => 2 + 3.5 * (count - 1 - i));
}

/**
 * The value axis' ticks when every value is 0 or 1 (represented or not): the two values, not 0.2, 0.4…
 * which no point can take. Undefined (Plot's own ticks) otherwise.
 * @example binaryTicks([{ key: "k", label: "l", points: [{ year: 1970, value: 1 }, { year: 1975, value: 0 }] }]) // [0, 1]
 */
export function binaryTicks(lines: readonly SeriesLine[]): number[] | undefined {
  return lines.every((l) => l.points.every((p) => p.value === 0 || p.value === 1)) ? [0, 1] : undefined;
}

/**
 * Whether each point is drawn as a dot too: for series of a few snapshots (DIPCON's every five years), where
 * a line alone reads as a change spread over the years between them.
 * @example snapshotDots([{ key: "k", label: "l", points: [{ year: 1970, value: 1 }] }]) // true
 */
export function snapshotDots(lines: readonly SeriesLine[]): boolean {
  return lines.every((l) => l.points.length <= 15);
}

/** Whether a line joins a pair (Japan → China), which the legend must name, rather than a state's own values. */
export function isPairLine(line: SeriesLine): boolean {
  return !line.key.endsWith(">");
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
