// rule `iso-code-taken`: the map joins each point and shape to one ISO 3166-1 numeric code. A place given the code of
// a state (or of another place) would never be drawn: join.ts shows a state's own row first, and keeps one place per
// code. Places carry a code only as territories with one of their own (Guam, Macau, Hong Kong, Greenland…).
import type { Entity } from "../model/entity.js";
import type { At } from "./lint-time.js";

type Coded = { id: string; kind: string; isoNumeric?: string };

/**
 * The entities whose `isoNumeric` an entity met before (states first, then places, each in file order) already has.
 *
 * @example isoClashes([{ id: "guam", kind: "place", isoNumeric: "316" }, { id: "us", kind: "state", isoNumeric: "316" }]) // [{ id: "guam", code: "316", first: "us" }]
 */
export function isoClashes(entities: readonly Coded[]): { id: string; code: string; first: string }[] {
  const holder = new Map<string, string>();
  const out: { id: string; code: string; first: string }[] = [];
  const ordered = [...entities.filter((e) => e.kind === "state"), ...entities.filter((e) => e.kind === "place")];
  for (const e of ordered) {
    if (!e.isoNumeric) continue;
    const first = holder.get(e.isoNumeric);
    if (first) out.push({ id: e.id, code: e.isoNumeric, first });
    else holder.set(e.isoNumeric, e.id);
  }
  return out;
}

/**
 * Reports each clash of isoClashes at the later entity's `isoNumeric`.
 *
 * @example checkIsoCodes(entities, at) // error at data/places/x.yaml isoNumeric: isoNumeric "316" is also guam's — …
 */
export function checkIsoCodes(entities: readonly Entity[], at: At): void {
  const origin = new Map(entities.map((e) => [e.id, e.origin]));
  const coded = entities.flatMap((e) => (e.kind === "state" || e.kind === "place" ? [{ id: e.id, kind: e.kind, isoNumeric: e.isoNumeric }] : []));
  for (const c of isoClashes(coded)) {
    at(origin.get(c.id)!, ["isoNumeric"], "error", `isoNumeric "${c.code}" is also ${c.first}'s — the map draws one entity per code: remove it here, or fix the code`);
  }
}
