import type { EntityRef } from "../../model/results.js";
import type { Day } from "../../model/time.js";
import { holds, type TimedFact } from "../asof/facts.js";
import { existence } from "../asof/status.js";
import type { World } from "../asof/world.js";
import type { Store } from "../store.js";

/**
 * What a list is asked for, already checked and read as days: `asOf` is always set (the caller passes
 * today when none is given: library code never reads the clock); `from`/`to` pick rows whose span or date
 * meets the window; `with` and `in` are resolved entity ids.
 */
export interface ListQuery {
  type?: string;
  with?: string;
  /** Events: held in this state or place; missions: standing in this state (or place). */
  in?: string;
  /** Missions only: the sending state. */
  by?: string;
  asOf: Day;
  /** True when the caller gave an as-of date: then only rows that held on that day are listed. */
  asOfGiven: boolean;
  from?: Day;
  to?: Day;
  /** Agreements only: signed on or after this day (a signing date known to the month or year must lie wholly inside). */
  signedFrom?: Day;
  /** Agreements only: signed on or before this day. */
  signedTo?: Day;
  sort?: string;
  limit: number;
  offset: number;
}

/** A filter or sort key that this kind of list does not know. Thrown; the CLI and the API name the flag. */
export class ListQueryError extends Error {
  constructor(
    readonly param: string,
    readonly expected: string,
  ) {
    super(`${param}: ${expected}`);
  }
}

/**
 * Whether a fact's span (or point) may share a day with the window [from, to] (`lastDayIn` for an event's span,
 * whose end day is its last day); an undated fact never does,
 * since nothing says when it held. Reads the bounds the engine already parsed: no time text is re-read.
 *
 * @example meetsWindow(fact("1957-07-10/1960-07-19"), "1960-01-01", "1960-12-31") // true
 */
export function meetsWindow(f: TimedFact, from: Day | undefined, to: Day | undefined, lastDayIn = false): boolean {
  if (!f.bounds) return false;
  const b = f.bounds;
  if (to !== undefined && b.start.min > to) return false;
  if (from === undefined) return true;
  if (b.end.open || b.end.unknown) return true;
  // A point in time (an event, a signature) has its end bound equal to its start: it counts on its own day. An
  // event's span names its last day, included (docs/time-model.md); a relation's end day is the first day without it.
  return b.end.max === b.start.max || lastDayIn ? b.end.max >= from : b.end.max > from;
}

/**
 * `holdsKnown: false` for a row the engine does not count as holding on `day` (`holds: "no"`) where the sources
 * leave that day unknown rather than say it did not hold: the statement is undated; or its span may hold that day
 * but the engine reads another statement of the same pair (GGO's Japan in the UPU from 1877, end unknown, beside
 * the membership the engine counts); or it is dated to one point, a snapshot of when it was seen (Wikidata's
 * missions, "2022-11"), and the day lies outside it. Known after all where either side did not exist that day.
 * Empty otherwise, so `holds` keeps its meaning and a row grows a field only where it says more.
 *
 * @example holdsKnownOn(world, snapshotMission, "2026-12-07", "no") // { holdsKnown: false }
 */
export function holdsKnownOn(world: World, f: TimedFact, day: Day, answer: "yes" | "no" | "uncertain"): { holdsKnown?: false } {
  if (answer !== "no") return {};
  if ([f.subject, f.object].some((id) => id !== null && existence(world, id, day).exists === "no")) return {};
  const unknown = !f.bounds || holds(f, day) !== "no" || !f.time?.includes("/");
  return unknown ? { holdsKnown: false } : {};
}

/** Sorts rows by the named key (ties by name), with `-key` for descending; throws on a key the kind lacks. */
export function sortRows<R>(rows: R[], sort: string, keys: Record<string, (r: R) => string | null>, name: (r: R) => string): R[] {
  const desc = sort.startsWith("-");
  const key = keys[desc ? sort.slice(1) : sort];
  if (!key) throw new ListQueryError("sort", `one of ${Object.keys(keys).join(", ")} (with - for descending; got "${sort}")`);
  // Undated rows go last whichever way the list runs: a reader looks for the dated ones first.
  return rows.sort((a, b) => {
    const ka = key(a), kb = key(b);
    if (ka === null || kb === null) return ka === kb ? name(a).localeCompare(name(b)) : ka === null ? 1 : -1;
    const c = ka.localeCompare(kb);
    return (desc ? -c : c) || name(a).localeCompare(name(b));
  });
}

/** One page of rows and the count before paging. */
export function page<R>(rows: R[], q: Pick<ListQuery, "limit" | "offset">): { total: number; rows: R[] } {
  return { total: rows.length, rows: rows.slice(q.offset, q.offset + q.limit) };
}

/** An entity reference that must exist (every id in a built store does). */
export function refOf(store: Store, id: string): EntityRef {
  return store.ref(id) ?? { id, kind: "state", name: { en: id, ja: null } };
}

/**
 * Of several statements giving one date (a curated signature and a dataset's), the one to show: curated
 * first, then the most precise (a day before a month before a year), then the earliest.
 *
 * @example bestDated([{ time: "2007-03-04", curated: false }, { time: "2007-04-03", curated: true }])?.time // "2007-04-03"
 */
export function bestDated<T extends { time: string | null; curated: boolean }>(rows: readonly T[]): T | undefined {
  const better = (a: T, b: T) =>
    a.curated !== b.curated ? a.curated : a.time!.length !== b.time!.length ? a.time!.length > b.time!.length : a.time! < b.time!;
  let best: T | undefined;
  for (const r of rows) if (r.time && (!best || better(r, best))) best = r;
  return best;
}
