import type { RelationRow, RelationStatus } from "../api/types.js";

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
