import type { PlaceClaim } from "./group.js";
import { decimalYear } from "../time/dates.js";

/**
 * Bars for "who administers / claims what, when": one row per state and predicate, from start to end
 * (open ends run to `now`; undated claims span the whole chart and are marked undated). Pure.
 */
export interface Bar {
  key: string;
  stateId: string;
  p: string;
  start: number;
  end: number;
  dated: boolean;
  status: string;
}

export function administrationBars(claims: readonly PlaceClaim[], now: number): { bars: Bar[]; start: number; end: number } {
  const startOf = (c: PlaceClaim) => (c.statement.start && !openStart(c) ? decimalYear(c.statement.start) : null);
  const endOf = (c: PlaceClaim) => (c.statement.end ? decimalYear(c.statement.end) : null);
  const starts = claims.map(startOf).filter((y): y is number => y !== null);
  const ends = claims.map(endOf).filter((y): y is number => y !== null);
  // With no dated start, a century back, or further where a span ended before that.
  const start = starts.length ? Math.floor(Math.min(...starts) / 10) * 10 : Math.min(now - 100, ...ends.map((e) => Math.floor(e / 10) * 10 - 10));
  const bars = claims.map((c, i) => {
    const s = startOf(c);
    const e = endOf(c);
    return {
      key: `${c.statement.id}-${i}`,
      stateId: c.state.id,
      p: c.statement.p,
      start: s ?? start,
      end: e ?? now,
      // An open start with a known end ("../1945") is drawn from the chart's edge, as dated as its end.
      dated: s !== null || (openStart(c) && e !== null),
      status: c.statement.status,
    };
  });
  return { bars, start, end: now };
}

/**
 * A span open at its start ("../1945-08-28": Japan administered Etorofu from before any date the sources
 * give). The API writes its start as 0001-01-01, which had started the Northern Territories' chart at year 0,
 * two thousand years squeezing every bar into its last tenth (READ37).
 */
function openStart(c: PlaceClaim): boolean {
  const time = (c.statement as { time?: string | null }).time;
  return Boolean(time?.startsWith("..")) || Boolean(c.statement.start?.startsWith("0001-"));
}

/**
 * A bar's label cut to a width in ems, marked as cut: a full-width character (kana, kanji, 「・」) takes one em,
 * any other about 0.6. Cutting at a count of characters, the same for both languages' widths, had cut the
 * Japanese "中華人民共和国 · 領有権を主張" to "中華人民共和国 · 領有権…" beside room for all of it.
 * @example fitLabel("中華人民共和国 · 領有権を主張", 17) // "中華人民共和国 · 領有権を主張"
 * @example fitLabel("a".repeat(40), 17) // 26 letters and "…"
 */
export function fitLabel(text: string, ems: number): string {
  let used = 0;
  const chars = [...text];
  if (labelEms(text) <= ems) return text;
  let out = "";
  for (const c of chars) {
    if (used + charEms(c) > ems - 1) break;
    used += charEms(c);
    out += c;
  }
  return `${out}…`;
}

/** A character's width in ems: a full-width one (kana, kanji, 「・」) one em, any other about 0.6. */
function charEms(c: string): number {
  return c.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
}

/** A label's width in ems, as fitLabel counts it. */
export function labelEms(text: string): number {
  return [...text].reduce((sum, c) => sum + charEms(c), 0);
}

/** Where the chart's labels go: in a margin left of the bars, or on a line of their own above each bar. */
export interface ChartLayout {
  /** The labels above their bars (the margin would cut them). */
  above: boolean;
  /** Where the plot begins: the labels' margin, or the room a first tick's year takes, centred on the edge. */
  left: number;
  /** The plot's width. */
  plot: number;
  /** The ems a label may take before it is cut (only a label wider than the whole chart is). */
  ems: number;
}

/**
 * The chart's layout at width `w` (px) for labels drawn at `px`. The labels sit in a margin left of the bars
 * as wide as the longest needs, where that is at most 200 px and half the chart. Where it is not, each label
 * goes on a line of its own above its bar, whole, and the bars take the chart's width: a phone's margin of 142 px
 * had cut "United States · administers" to "United States · admi…" and 中華人民共和国 · 領有権を主張 to 領有権….
 * @example chartLayout(440, ["United States · administers"]).above // false: the 200 px margin holds it
 * @example chartLayout(330, ["United States · administers"]).above // true
 */
export function chartLayout(w: number, labels: readonly string[], px = 11): ChartLayout {
  const gap = 6;
  const right = 10;
  const widest = Math.max(0, ...labels.map(labelEms)) * px + gap;
  const room = Math.min(200, Math.floor(w / 2));
  if (widest <= room) {
    const left = Math.ceil(widest);
    return { above: false, left, plot: w - left - right, ems: (left - gap) / px };
  }
  // A year at the plot's first edge is drawn centred on it: room for half of it on each side.
  const edge = Math.ceil(1.4 * px);
  return { above: true, left: edge, plot: w - 2 * edge, ems: (w - edge) / px };
}
