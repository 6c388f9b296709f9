import type { VoteAgreementResult, VoteDivergentResult, VoteRankingRow } from "../api/types.js";
import { VOTES_FIRST_YEAR, VOTES_LAST_YEAR } from "./scale.js";

/**
 * The votes page's state, read from and written to the URL, and the pure shaping of its answers for
 * the chart and the lists. Pure: no DOM.
 */
export const MEASURES = ["agreement", "strict", "sScore"] as const;
export type Measure = (typeof MEASURES)[number];
export const ISSUES = ["me", "nu", "di", "hr", "co", "ec"] as const;
export type Issue = (typeof ISSUES)[number];
export const MAX_STATES = 5;
export const DEFAULT_STATES = ["united-states", "china", "south-korea", "russia"] as const;
const DEFAULT_FROM = 2010;
/** The ranking's default year: the data's last full year (2020 holds a single roll call with Japan). */
export const DEFAULT_RANKING_YEAR = 2019;

export interface VotesState {
  states: string[];
  measure: Measure;
  issue: Issue | null;
  important: boolean;
  /** The ranking's year. */
  year: number;
  /** The divergent roll calls' years. */
  from: number;
  to: number;
}

const clampYear = (value: string | null, fallback: number) => {
  const n = Number(value);
  return value && Number.isInteger(n) ? Math.min(VOTES_LAST_YEAR, Math.max(VOTES_FIRST_YEAR, n)) : fallback;
};

/**
 * Reads the page's state from the URL; anything missing or unknown takes its default.
 * @example parseVotesState(new URLSearchParams("with=china,india&measure=strict")).states // ["china", "india"]
 */
export function parseVotesState(q: URLSearchParams): VotesState {
  const raw = q.get("with");
  const states = raw === null ? [...DEFAULT_STATES] : [...new Set(raw.split(",").map((s) => s.trim()).filter((s) => /^[a-z0-9-]+$/.test(s)))].slice(0, MAX_STATES);
  const measure = (MEASURES as readonly string[]).includes(q.get("measure") ?? "") ? (q.get("measure") as Measure) : "agreement";
  const issue = (ISSUES as readonly string[]).includes(q.get("issue") ?? "") ? (q.get("issue") as Issue) : null;
  let from = clampYear(q.get("from"), DEFAULT_FROM);
  let to = clampYear(q.get("to"), VOTES_LAST_YEAR);
  if (from > to) [from, to] = [to, from];
  return { states, measure, issue, important: q.get("important") === "true", year: clampYear(q.get("year"), DEFAULT_RANKING_YEAR), from, to };
}

/**
 * The URL parameters of a state, defaults left out (null removes a parameter).
 * @example votesParams({ ...parseVotesState(new URLSearchParams()), measure: "strict" }) // { with: null, measure: "strict", … }
 */
export function votesParams(s: VotesState): Record<string, string | null> {
  const isDefault = s.states.length === DEFAULT_STATES.length && s.states.every((id, i) => id === DEFAULT_STATES[i]);
  return {
    with: isDefault ? null : s.states.join(","),
    measure: s.measure === "agreement" ? null : s.measure,
    issue: s.issue,
    important: s.important ? "true" : null,
    year: s.year === DEFAULT_RANKING_YEAR ? null : String(s.year),
    from: s.from === DEFAULT_FROM ? null : String(s.from),
    to: s.to === VOTES_LAST_YEAR ? null : String(s.to),
  };
}

/** One point of the chart: a state's measure in a year (null where they cast no vote together). */
export interface SeriesPoint {
  id: string;
  name: string;
  year: number;
  value: number | null;
  n: number;
}

/** A year in which two states shared fewer roll calls than this is left out of the lines (a share of 1 or 2 is noise). */
export const MIN_ROLL_CALLS = 5;

/**
 * The chart's points, one series per state, in the order the states were chosen; a year with no shared
 * vote, or fewer than MIN_ROLL_CALLS, is a gap.
 * @example seriesOf([usResult], "strict", (n) => n.en)[0] // { id: "united-states", name: "United States", year: 1946, value: null, n: 0 }
 */
export function seriesOf(results: readonly VoteAgreementResult[], measure: Measure, name: (n: { en: string; ja: string | null }) => string): SeriesPoint[] {
  return results.flatMap((r) => r.periods.map((p) => ({ id: r.b.id, name: name(r.b.name), year: p.period, value: p.n < MIN_ROLL_CALLS ? null : p[measure], n: p.n })));
}

/**
 * The years left out for too few shared roll calls (but some), with the most any state shared.
 * @example thinYears(points) // [{ year: 2020, n: 1 }]
 */
export function thinYears(points: readonly SeriesPoint[]): { year: number; n: number }[] {
  const most = new Map<number, number>();
  for (const p of points) most.set(p.year, Math.max(most.get(p.year) ?? 0, p.n));
  return [...most].filter(([, n]) => n > 0 && n < MIN_ROLL_CALLS).map(([year, n]) => ({ year, n })).sort((a, b) => a.year - b.year);
}

/**
 * The years thinYears found, each with the most roll calls shared, written in the page's language (a
 * Japanese page had read "2020 (1)", Latin brackets and a bare number among Japanese words).
 * @example thinYearsText([{ year: 2019, n: 3 }, { year: 2020, n: 1 }], "ja") // "2019年（3件）、2020年（1件）"
 */
export function thinYearsText(thin: readonly { year: number; n: number }[], lang: "en" | "ja"): string {
  if (lang === "ja") return thin.map(({ year, n }) => `${year}年（${n}件）`).join("、");
  return thin.map(({ year, n }) => `${year} (${n})`).join(", ");
}

/**
 * Points with a gap on both sides: a line cannot draw them, so the chart marks them with a dot.
 * @example isolated([{ id: "a", year: 1960, value: 0.5 }, { id: "a", year: 1961, value: null }]) // the 1960 point
 */
export function isolated(points: readonly SeriesPoint[]): SeriesPoint[] {
  const at = new Map(points.map((p) => [`${p.id}|${p.year}`, p]));
  const drawn = (id: string, year: number) => (at.get(`${id}|${year}`)?.value ?? null) !== null;
  return points.filter((p) => p.value !== null && !drawn(p.id, p.year - 1) && !drawn(p.id, p.year + 1));
}

/**
 * Where to write each line's name: at its last drawn point, nudged apart so that no two labels are
 * closer than `gap` (in the measure's units), and kept inside the domain.
 * @example endLabels(points, 0.05, [0, 1]).map((l) => l.y) // [0.7, 0.65] for two lines ending at 0.69 and 0.68
 */
export function endLabels(points: readonly SeriesPoint[], gap: number, domain: [number, number]): { id: string; name: string; year: number; value: number; y: number }[] {
  const last = new Map<string, SeriesPoint>();
  for (const p of points) if (p.value !== null) last.set(p.id, p);
  const labels = [...last.values()].map((p) => ({ id: p.id, name: p.name, year: p.year, value: p.value!, y: p.value! })).sort((a, b) => b.value - a.value);
  // Top to bottom: each label at least `gap` below the one above; then shift the whole stack up if it fell out.
  for (let i = 1; i < labels.length; i++) labels[i]!.y = Math.min(labels[i]!.y, labels[i - 1]!.y - gap);
  const overflow = domain[0] - (labels.at(-1)?.y ?? domain[0]);
  if (overflow > 0) for (const l of labels) l.y += overflow;
  for (const l of labels) l.y = Math.round(Math.min(domain[1], l.y) * 1e6) / 1e6;
  return labels;
}

/** The y domain of a measure: shares run 0–1, the S-score −1–1. */
export function domainOf(measure: Measure): [number, number] {
  return measure === "sScore" ? [-1, 1] : [0, 1];
}

/**
 * The most and least aligned states of a ranking (states without votes are neither).
 * @example extremes(rows, 10).most[0].state.id // the state closest to Japan
 */
export function extremes(rows: readonly VoteRankingRow[], count: number): { most: VoteRankingRow[]; least: VoteRankingRow[]; voted: number } {
  const voted = rows.filter((r) => r.agreement !== null).sort((a, b) => b.agreement! - a.agreement! || b.n - a.n || a.state.id.localeCompare(b.state.id));
  const most = voted.slice(0, count);
  const least = voted.slice(Math.max(count, voted.length - count)).reverse();
  return { most, least, voted: voted.length };
}

/** The states whose votes a divergent roll call shows, in reading order: Japan, the one it split from, the one it joined. */
export function divergentColumns(result: Pick<VoteDivergentResult, "a" | "against" | "alongside">): VoteDivergentResult["a"][] {
  return [result.a, result.against, result.alongside].filter((s): s is VoteDivergentResult["a"] => s !== null);
}
