// The counts an entity page shows "as of" its date. They are the API's `sections[].held`, which the
// server takes from the as-of engine (src/kb/held-on-day.ts) for Japan's relations with states and for
// agreements in force: the page counts no statement itself, so it says what the map and /relations say.
import type { EntityView } from "../api/types.js";

/**
 * How many of an entity's relations of one kind held on the page's date, as the as-of engine counts them
 * (0 when the entity has none of that kind).
 *
 * @example heldOnDay(japanView, "diplomatic-relations") // 195 on 2026-12-06, as /relations counts
 */
export function heldOnDay(view: Pick<EntityView, "sections">, p: string): number {
  return view.sections?.find((s) => s.p === p)?.held ?? 0;
}

/**
 * How many members an organisation had on the page's date, as the engine counts them (the API's
 * `sections[].held` for member-of, from `membersAsOf`), or null when the page's entity is not the
 * organisation the loaded member-of statements are about (a state's own memberships).
 *
 * @example membersOnDay(unView) // 82 on 1960-01-01
 */
export function membersOnDay(view: Pick<EntityView, "sections" | "statements" | "entity">): number | null {
  const section = view.sections?.find((s) => s.p === "member-of");
  if (!section || section.held === undefined) return null;
  const members = view.statements.filter((s) => s.p === "member-of");
  if (members.length === 0 || members.some((s) => s.object?.id !== view.entity.id)) return null;
  return section.held;
}
