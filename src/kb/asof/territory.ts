import type { Day } from "../../model/time.js";
import { startText, type TimedFact } from "./facts.js";
import { existence } from "./status.js";
import { bestHolding, type World } from "./world.js";

/** Who held the land of a present-day state's map shape on a day, when not that state itself. */
export interface TerritoryAnswer {
  holder: string;
  /** colony, occupation, sovereign… (TERRITORY_ROLES), or the predicate for `rules`/`occupies`. */
  role: string | null;
  since: string | null;
  certain: boolean;
  basis: TimedFact[];
}

/**
 * The state that held `shape`'s land on `day` when `shape` (a present-day state's id) did not exist
 * then: the Qing for China's shape before 1912, the Republic of China until 1949, Japan for Korea's in
 * 1930. Null when the state itself existed that day, or when nothing records a holder.
 *
 * @example territoryHolder(world, "china", "1930-01-01")?.holder // "taiwan" (the Republic of China)
 */
export function territoryHolder(world: World, shape: string, day: Day): TerritoryAnswer | null {
  if (existence(world, shape, day).exists !== "no") return null;
  const best = bestHolding(world.holdersOf(shape), day);
  if (!best) return null;
  const f = best.fact;
  const role = f.p === "holds-territory" ? f.role : f.p === "rules" ? (f.role ?? "colony") : (f.role ?? "occupation");
  return { holder: f.subject, role, since: startText(f), certain: best.certain, basis: [f] };
}
