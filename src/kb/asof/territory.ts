import type { Day } from "../../model/time.js";
import { startText, type TimedFact } from "./facts.js";
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
 * The state that held `shape`'s land on `day` (a present-day state's id) when another state held it:
 * the Qing for China's shape before 1912, the Republic of China until 1949, Japan for Korea's and
 * Taiwan's in 1930. Null when nothing records another holder that day (the state's own land).
 *
 * @example territoryHolder(world, "china", "1930-01-01")?.holder // "taiwan" (the Republic of China)
 */
export function territoryHolder(world: World, shape: string, day: Day): TerritoryAnswer | null {
  // A holder recorded for the day wins even where the shape's own state existed elsewhere: the
  // Republic of China existed in 1930, but Taiwan's land was under Japanese rule.
  const best = bestHolding(world.holdersOf(shape).filter((f) => f.subject !== shape), day);
  if (!best) return null;
  const f = best.fact;
  const role = f.p === "holds-territory" ? f.role : f.p === "rules" ? (f.role ?? "colony") : (f.role ?? "occupation");
  return { holder: f.subject, role, since: startText(f), certain: best.certain, basis: [f] };
}
