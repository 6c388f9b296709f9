// The order of an entity page's sections, per kind of entity: a treaty's page opened with "Diplomatic relations"
// (the relations its entry into force restored) above its own signing, since one list ordered every kind (issue 15).
import type { EntityRef } from "../api/types.js";

/** The order a state's page (and any kind without its own) gives its sections. */
const GENERAL = [
  "diplomatic-relations", "no-relations", "at-war", "alliance", "holds-office", "signed", "in-force", "party-to", "signatory-of",
  "claims", "administers", "occupies", "rules", "holds-territory", "member-of", "observer-of", "occurred", "participant",
  "concerns", "superseded-by", "sanctions", "diplomatic-mission", "obligation", "representation",
];

/**
 * What a reader of each kind of page looks for first; the rest follow in the general order, then in the
 * order they came. An agreement: when it was signed and came into force, who is bound by it, what it
 * replaced or was replaced by, what it is about. A dispute: who claims, administers, occupies the land.
 * A person: the offices held, then what they signed and took part in.
 */
const FIRST: Partial<Record<EntityRef["kind"], readonly string[]>> = {
  agreement: ["signed", "in-force", "party-to", "signatory-of", "superseded-by", "concerns"],
  dispute: ["claims", "administers", "occupies", "rules", "holds-territory", "concerns"],
  person: ["holds-office", "signatory-of", "participant", "proposed-by"],
};

/**
 * The sections in the order a reader of that kind of page wants them (a stable sort: sections the lists
 * do not name keep the order they came in, after those they name).
 * @example orderSections("agreement", [{ p: "diplomatic-relations" }, { p: "signed" }]).map((s) => s.p) // ["signed", "diplomatic-relations"]
 */
export function orderSections<S extends { p: string }>(kind: EntityRef["kind"], sections: readonly S[]): S[] {
  const order = [...(FIRST[kind] ?? []), ...GENERAL.filter((p) => !FIRST[kind]?.includes(p))];
  const rank = (p: string) => (order.includes(p) ? order.indexOf(p) : order.length);
  return [...sections].sort((a, b) => rank(a.p) - rank(b.p));
}
