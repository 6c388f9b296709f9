import type { EntityRef, EntityView } from "../api/types.js";

/** What the fact box can say about an agreement's parties. */
export type PartiesFact =
  | { kind: "parties"; count: number; names: EntityRef[] }
  | { kind: "signatories"; names: EntityRef[] }
  | { kind: "not-recorded" };

/**
 * An agreement's parties as the fact box shows them. An imported agreement (GGO treaty data) often has
 * signatories but no party-to rows: "Parties (0) none" would deny what the page lists below, so the
 * signatories are named instead, or the parties are "not recorded" when the page holds neither.
 * @example partiesFact(ggoView) // { kind: "signatories", names: [Japan, South Korea] }
 */
export function partiesFact(view: Pick<EntityView, "entity" | "statements" | "sections">): PartiesFact {
  const id = view.entity.id;
  const of = (p: string) => view.statements.filter((s) => s.p === p && s.object?.id === id && s.status !== "rejected").map((s) => s.subject);
  const names = of("party-to");
  const count = Math.max(view.sections?.find((s) => s.p === "party-to")?.count ?? 0, names.length);
  if (count > 0) return { kind: "parties", count, names };
  const seen = new Set<string>();
  const signatories = of("signatory-of").filter((e) => !seen.has(e.id) && seen.add(e.id));
  return signatories.length > 0 ? { kind: "signatories", names: signatories } : { kind: "not-recorded" };
}
