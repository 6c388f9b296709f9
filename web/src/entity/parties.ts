import type { EntityRef, EntityView, StatementView } from "../api/types.js";
import { withNamesThen } from "./sentences.js";

/** What the fact box can say about an agreement's parties. */
export type PartiesFact =
  | { kind: "parties"; count: number; names: EntityRef[] }
  | { kind: "signatories"; count: number; names: EntityRef[] }
  | { kind: "not-recorded" };

/**
 * An agreement's parties as the fact box shows them. An imported agreement (GGO treaty data) often has
 * signatories but no party-to rows: "Parties (0) none" would deny what the page lists below, so the
 * signatories are named instead, or the parties are "not recorded" when the page holds neither.
 * @example partiesFact(ggoSummaryView) // { kind: "signatories", count: 2, names: [] } (names loaded apart)
 */
export function partiesFact(view: Pick<EntityView, "entity" | "statements" | "sections">): PartiesFact {
  const id = view.entity.id;
  const rows = view.statements.filter((s) => s.p === "party-to" && s.object?.id === id && s.status !== "rejected");
  // A state party over two spans (two rows) is one party: "Parties (2) Japan, Japan" (issue 15, S4).
  const names = signatoriesOf(view.statements, id, "party-to");
  const counted = view.sections?.find((s) => s.p === "party-to")?.count ?? 0;
  // Every row loaded: the states are counted; else the section's count of rows is all there is to say.
  const count = rows.length >= counted ? names.length : Math.max(counted, names.length);
  if (count > 0) return { kind: "parties", count, names };
  const signatories = signatoriesOf(view.statements, id);
  // The row counts the states (and bodies) that signed: the persons who signed for them are the section's
  // (Japan–Philippines ACSA: 署名国（3）日本、フィリピン、茂木敏充 counted a foreign minister among the states).
  const states = signatories.filter((e) => e.kind !== "person");
  const named = states.length > 0 ? states : signatories;
  const loaded = view.statements.filter((s) => s.p === "signatory-of" && s.object?.id === id && s.status !== "rejected").length;
  // The summary view holds a dataset's rows only as a section's count: the names are loaded apart.
  const sectioned = view.sections?.find((s) => s.p === "signatory-of")?.count ?? 0;
  const signing = loaded >= sectioned ? named.length : Math.max(sectioned, named.length);
  return signing > 0 ? { kind: "signatories", count: signing, names: named } : { kind: "not-recorded" };
}

/**
 * The states that signed an agreement (or are party to it), each once (a state's several signing rows
 * name it once), leaving out statements a source is shown wrong about; each under the name it went by then (the
 * Twenty-One Demands' parties are 日本 and 中華民国, not 台湾).
 * @example signatoriesOf(ggoRows, "ggo-jpn-1883a").map((e) => e.id) // ["japan", "joseon"]
 */
export function signatoriesOf(statements: readonly StatementView[], id: string, p: "signatory-of" | "party-to" = "signatory-of"): EntityRef[] {
  const seen = new Set<string>();
  return statements.filter((s) => s.p === p && s.object?.id === id && s.status !== "rejected").map((s) => withNamesThen(s).subject).filter((e) => !seen.has(e.id) && seen.add(e.id));
}
