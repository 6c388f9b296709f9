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
  const starts = claims.map((c) => (c.statement.start ? decimalYear(c.statement.start) : null)).filter((y): y is number => y !== null);
  const start = starts.length ? Math.floor(Math.min(...starts) / 10) * 10 : now - 100;
  const bars = claims.map((c, i) => {
    const s = c.statement.start ? decimalYear(c.statement.start) : null;
    const e = c.statement.end ? decimalYear(c.statement.end) : null;
    return {
      key: `${c.statement.id}-${i}`,
      stateId: c.state.id,
      p: c.statement.p,
      start: s ?? start,
      end: e ?? now,
      dated: s !== null,
      status: c.statement.status,
    };
  });
  return { bars, start, end: now };
}

/**
 * A bar's label cut to a width in ems, marked as cut: a full-width character (kana, kanji, 「・」) takes one em,
 * any other about 0.6. Cutting at a count of characters, the same for both languages' widths, had cut the
 * Japanese "中華人民共和国 · 領有権を主張" to "中華人民共和国 · 領有権…" beside room for all of it.
 * @example fitLabel("中華人民共和国 · 領有権を主張", 17) // "中華人民共和国 · 領有権を主張"
 * @example fitLabel("a".repeat(40), 17) // 26 letters and "…"
 */
export function fitLabel(text: string, ems: number): string {
  const width = (c: string) => (c.codePointAt(0)! >= 0x2e80 ? 1 : 0.6);
  let used = 0;
  const chars = [...text];
  if (chars.reduce((sum, c) => sum + width(c), 0) <= ems) return text;
  let out = "";
  for (const c of chars) {
    if (used + width(c) > ems - 1) break;
    used += width(c);
    out += c;
  }
  return `${out}…`;
}
