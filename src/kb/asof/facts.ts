import type { Predicate } from "../../model/predicates.js";
import type { StatementStatus } from "../../model/statement.js";
import { holdsOn, type Day, type Holds, type TimeBounds } from "../../model/time.js";

/**
 * A statement as the as-of engine sees it: who, what, when, how sure and from where. The engine is
 * fed the same facts whether they come from the built store (curated and dataset statements) or from
 * data/ at lint time, so that `gaiko lint` sweeps exactly what the views answer.
 */
export interface TimedFact {
  id: string;
  subject: string;
  p: Predicate;
  object: string | null;
  role: string | null;
  via: string | null;
  status: StatementStatus;
  /** True for statements written in data/; false for rows imported from a dataset. */
  curated: boolean;
  /** Day bounds, or null when the statement has no time. */
  bounds: Pick<TimeBounds, "start" | "end"> | null;
  time: string | null;
}

/**
 * Whether a fact held on `day`. A fact without a time is "uncertain": it may have held on any day.
 *
 * @example holds({ ...fact, bounds: parseTime("1952-04-28/1972-09-29") }, "1960-01-01") // "yes"
 */
export function holds(f: TimedFact, day: Day): Holds {
  return f.bounds ? holdsOn(f.bounds, day) : "uncertain";
}

/** The day a closed span certainly ended (its end bound), or null when open, unknown or undated. */
export function closedEnd(f: TimedFact): Day | null {
  const e = f.bounds?.end;
  return e && !e.open && !e.unknown ? e.max : null;
}

/**
 * Of spans that had closed by `day`, the one that closed last (a break of relations, a treaty's end).
 *
 * @example lastEnded(relations, "1943-06-01")?.time // "1895-11-05/1942-01-28"
 */
export function lastEnded(facts: readonly TimedFact[], day: Day): TimedFact | undefined {
  let last: TimedFact | undefined;
  for (const f of facts) {
    const end = closedEnd(f);
    if (end !== null && end <= day && (!last || end >= closedEnd(last)!)) last = f;
  }
  return last;
}

/** True when the span is still running (`..`) or its end is unknown (`/`). */
export function runsOn(f: TimedFact): boolean {
  const e = f.bounds?.end;
  return !e || e.open || e.unknown;
}

/** The start of the fact's time as written (`1972-09-29/..` → `1972-09-29`), or null (`..` or none). */
export function startText(f: TimedFact): string | null {
  const s = f.time?.split("/")[0];
  return s && s !== ".." ? s : null;
}

/** The end of the fact's time as written, or null when open, unknown or undated. */
export function endText(f: TimedFact): string | null {
  if (!f.time?.includes("/")) return f.bounds?.end && !f.bounds.end.open && !f.bounds.end.unknown ? f.time : null;
  const e = f.time.split("/")[1];
  return e && e !== ".." ? e : null;
}

/** How precise a fact's start is, in days of uncertainty (0 for a day, ~30 for a month, ~365 for a year). */
export function startSpread(f: TimedFact): number {
  if (!f.bounds) return Number.POSITIVE_INFINITY;
  return dayNumber(f.bounds.start.max) - dayNumber(f.bounds.start.min);
}

/** Days since 0001-01-01 for a `YYYY-MM-DD` day, for differences only. */
export function dayNumber(day: Day): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

/**
 * The day before `day` (`1952-04-28` → `1952-04-27`), for the last day a span held.
 *
 * @example dayBefore("1972-03-01") // "1972-02-29"
 */
export function dayBefore(day: Day): Day {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
