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
