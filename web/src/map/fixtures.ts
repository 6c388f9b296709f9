import type { RelationRow, RelationStatus, TerritoryRow } from "../api/types.js";

/** A relations row for tests. */
export function row(id: string, status: RelationStatus, extra: Partial<RelationRow> = {}): RelationRow {
  return {
    state: { id, kind: "state", name: { en: id, ja: null } },
    isoNumeric: null,
    status,
    certain: true,
    since: null,
    alliance: false,
    agreements: [],
    statements: [],
    ...extra,
  };
}

export function agreement(id: string): RelationRow["agreements"][number] {
  return { id, kind: "agreement", name: { en: id, ja: null }, type: null, inForceSince: null };
}

/** The `territory` of a row whose land another state held on the date. */
export function heldBy(holder: string, role: string | null = null): Pick<RelationRow, "territory"> {
  return { territory: { holder: { id: holder, kind: "state", name: { en: holder, ja: null } }, role, since: null, certain: true, basis: ["st-x"] } };
}

/** A territory of the API's `territories`: a place with an ISO code, held on the date by `holder` (none: null). */
export function territory(id: string, isoNumeric: string, holder: string | null, role: string | null = null, via: "administers" | "occupies" | "rules" = "administers", name: { en: string; ja: string | null } = { en: id, ja: null }): TerritoryRow {
  return { place: { id, kind: "place", name }, isoNumeric, holder: holder ? { state: { id: holder, kind: "state", name: { en: holder, ja: null } }, role, via, since: null, certain: true, basis: ["st-x"] } : null };
}
