// Which written statements the fact box ("At a glance") gives as sentences, per kind of page: one answer that
// the box draws and the overview's sections read, so a section the box already gives whole is not written
// out again below it (an event's date, a person's offices, birth and death were each on the page twice).
import type { EntityView, StatementView } from "../api/types.js";

/** A person's box: every office, the birth and the death. */
const PERSON = ["holds-office", "born", "died"];
/** The box of an event, organisation, policy…: when and where it happened, was founded, adopted, in effect, signed. */
const OTHER = ["occurred", "founded", "adopted", "in-effect", "located-in", "signed"];
/** An agreement's box: the first signing and entry into force it dates (FactBox's AgreementFacts). */
const AGREEMENT = ["signed", "in-force"];
/** The box of an event, organisation, policy… gives at most this many. */
const OTHER_MAX = 6;

/**
 * The statements the fact box gives ([] for the kinds whose box says other things: states, disputes, places).
 * An agreement's box dates its signing and its entry into force from one statement each, with its place and
 * sources: a section holding only that statement said it again under the box (the Treaty of Peace with Japan's
 * "Signed" and "In force").
 * @example boxFacts(abeView).map((s) => s.p) // ["born", "holds-office", "holds-office", "holds-office", "died"]
 */
export function boxFacts(view: EntityView): StatementView[] {
  const kind = view.entity.kind;
  if (kind === "person") return view.statements.filter((s) => PERSON.includes(s.p));
  if (kind === "agreement") return AGREEMENT.flatMap((p) => view.statements.find((s) => s.p === p && s.status !== "rejected" && s.time !== null) ?? []);
  if (kind === "state" || kind === "dispute" || kind === "place") return [];
  return view.statements.filter((s) => OTHER.includes(s.p)).slice(0, OTHER_MAX);
}

/**
 * Whether the fact box already gives every statement of a section (so the overview leaves the section out):
 * only when the section has no dataset rows and its written statements are all in the box.
 * @example givenWhole(tanakaVisit, { p: "occurred", curated: 1, datasets: [] }) // true
 */
export function givenWhole(view: EntityView, section: { p: string; curated: number; datasets: readonly unknown[] }): boolean {
  if (section.datasets.length > 0 || section.curated === 0) return false;
  return boxFacts(view).filter((s) => s.p === section.p).length === section.curated;
}

/**
 * The day a state's status chip writes after its status ("Diplomatic relations since 29 September 1972"),
 * or null where the sentence under the chip begins on that day and says it already ("China and Japan
 * established diplomatic relations on 29 September 1972"): the box gave one date twice (issue 15).
 * @example chipSince("1972-09-29", chinaRelations1972) // null
 * @example chipSince("1945-09-02", chinaRelations1972) // "1945-09-02"
 */
export function chipSince(since: string | null, lead: Pick<StatementView, "time" | "start"> | undefined): string | null {
  if (!since || !lead) return since;
  const begins = [lead.start, lead.time?.split("/")[0]].filter((d): d is string => !!d && d !== "..");
  return begins.includes(since) ? null : since;
}
