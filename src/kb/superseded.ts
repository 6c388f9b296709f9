// A statement the as-of engine set aside for another of its kind, on the entity page's list: read alone, GGO's
// row of 1992 for Japan in the GFCM agreement has no known end and "may hold" on any later day, though the row
// of 1997 that the engine reads instead ends with Japan's withdrawal of 31 October 2020 (issue 15).
import { PREDICATES } from "../model/predicates.js";
import type { Day } from "../model/time.js";
import { closedEnd, type TimedFact } from "./asof/facts.js";
import { worldOf } from "./asof/store.js";
import { phaseOn, type Store, type StatementRow } from "./store.js";

/**
 * Whether a statement had ended on `day` because the rows that replaced it (`by`, from the engine's
 * `setAsideBy`) had: read alone it may hold on the day (no known end), and every row of the same predicate
 * that replaced it had begun and closed by then.
 *
 * @example supersededBy(ggoGfcmRow1992, [ggoGfcmRow1997To2020], "2026-12-06") // true
 */
export function supersededBy(row: StatementRow, by: readonly TimedFact[] | undefined, day: Day): boolean {
  if (!by || by.length === 0) return false;
  if (phaseOn(row, day, PREDICATES[row.p].time === "interval") !== "uncertain") return false;
  return by.every((f) => {
    const end = closedEnd(f);
    return f.p === row.p && f.bounds !== null && f.bounds.start.max <= day && end !== null && end <= day;
  });
}

/**
 * `supersededBy` with the replacements the store's as-of engine names.
 *
 * @example supersededOn(store, ggoGfcmRow1992, "2026-12-06") // true: the 1997 row it gives way to ended in 2020
 */
export function supersededOn(store: Store, row: StatementRow, day: Day): boolean {
  return supersededBy(row, worldOf(store).setAsideBy(row.id), day);
}
