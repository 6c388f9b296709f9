// The list pages' name filters (With, Held in, Kept by): a reader types a name in either language
// ("South Korea", "中国", "Soviet Union"), not an id; the page finds the entity and asks the API with its
// id, and shows the name back in the page's language. Pure: no DOM.
import type { EntityRef } from "../api/types.js";
import type { Filter, ListKind } from "./list-query.js";

/** The filters that name an entity. */
export const NAME_FILTERS = ["with", "in", "by"] as const satisfies readonly Filter[];
export type NameFilter = (typeof NAME_FILTERS)[number];

/**
 * The kinds of entity a name filter may mean, per list: "Held in" an event's place or its state, "Kept by"
 * a sending state, "With" a party, member, polity, participant or holder.
 * @example nameKinds("events", "in") // ["place", "state"]
 */
export function nameKinds(kind: ListKind, f: NameFilter): readonly EntityRef["kind"][] {
  if (f === "by") return ["state"];
  if (f === "in") return kind === "missions" ? ["state", "place"] : ["place", "state"];
  return kind === "missions" ? ["state"] : ["state", "organization", "person"];
}

/**
 * Whether a filter's value is written as an id (lower-case letters, digits and single hyphens), so the
 * page asks for that entity before searching for it as a name.
 * @example looksLikeId("south-korea") // true
 * @example looksLikeId("South Korea") // false
 */
export function looksLikeId(v: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v);
}

/**
 * The search hit a typed name means: one whose id is the text, else the best-ranked hit of a kind the
 * filter takes (search ranks a name's own entity first: "Soviet Union" → ussr, "中国" → china); null when
 * none is of such a kind.
 * @example pickHit("中国", [{ id: "senkaku-boat-collision-incident-2010", kind: "event" }, { id: "china", kind: "state" }], ["state"])?.id // "china"
 */
export function pickHit<H extends Pick<EntityRef, "id" | "kind">>(text: string, hits: readonly H[], kinds: readonly EntityRef["kind"][]): H | null {
  const allowed = hits.filter((h) => kinds.includes(h.kind));
  return allowed.find((h) => h.id === text.trim().toLowerCase()) ?? allowed[0] ?? null;
}

/**
 * The filter form's values once a name filter's box is labelled anew (an id in the address found, "japan"
 * shown as "Japan"): a box still showing what it showed before takes the new label, and a box the reader
 * has changed meanwhile keeps the change. The form had been reset whole, so a Type chosen while the address's
 * id was still being looked up went back before Apply was pressed (CI, stop 33: lists-missions sent
 * type=embassy after consulate-general was chosen).
 * @example relabel({ by: "japan", type: "consulate-general" }, { by: "japan", type: "embassy" }, { by: "Japan", type: "embassy" }) // { by: "Japan", type: "consulate-general" }
 */
export function relabel<F extends string>(values: Record<F, string>, before: Record<F, string>, after: Record<F, string>): Record<F, string> {
  const out = { ...values };
  for (const f of Object.keys(after) as F[]) if (values[f] === before[f]) out[f] = after[f];
  return out;
}
