import type { Cell } from "../csv.js";
import type { ListResult } from "../../model/lists.js";
import type { EntityRef } from "../../model/results.js";

const names = (refs: EntityRef[]) => refs.map((r) => r.name.en).join("; ");
/** Japanese names in the order of the ids, an empty place where gaiko has none (so they still line up); empty when it has none at all. */
const namesJa = (refs: EntityRef[]) => (refs.some((r) => r.name.ja) ? refs.map((r) => r.name.ja ?? "").join("; ") : "");
const ids = (refs: EntityRef[]) => refs.map((r) => r.id).join("; ");
/** Where a row stood on the as-of day in one word: `holds`, or "unknown" where the sources leave that day unknown (`holdsKnown: false`). */
const onDay = (x: { holds: string; holdsKnown?: false }) => (x.holdsKnown === false ? "unknown" : x.holds);
/** "in-force (uncertain)" where a fuzzy end covers the day: why the row may show an end before it. */
const standingText = (standing: string, certain: boolean) => (certain || standing !== "in-force" ? standing : `${standing} (uncertain)`);

/**
 * A list as CSV columns (ids beside names, so a spreadsheet can join on ids) and as a table for people.
 * The Japanese names come last (`name_ja`, `party_names_ja`…, empty where gaiko has none): the columns
 * only grow, so a reader of the older columns finds them where they were. The table for people writes `holds` as
 * "unknown" where the row's `holdsKnown` is false; the CSV keeps `holds` as it was and adds `holds_on_day` last
 * (`yes`, `no`, `uncertain` or `unknown`).
 *
 * @example listRows(result).columns[0] // "agreement" for a list of agreements
 */
export function listRows(r: ListResult): { columns: string[]; rows: Cell[][]; table: { columns: string[]; rows: Cell[][] } } {
  switch (r.kind) {
    case "agreements":
      return {
        columns: ["agreement", "name", "type", "parties", "party_names", "signed", "in_force", "ended", "ended_how", "standing", "certain", "name_ja", "party_names_ja"],
        rows: r.rows.map((x) => [x.agreement.id, x.agreement.name.en, x.type, ids(x.parties), names(x.parties), x.signed, x.inForce, x.ended, x.endedHow, x.standing, x.certain, x.agreement.name.ja, namesJa(x.parties)]),
        table: { columns: ["agreement", "type", "parties", "signed", "in force", "ended", "standing"], rows: r.rows.map((x) => [x.agreement.name.en, x.type, names(x.parties), x.signed, x.inForce, x.ended, standingText(x.standing, x.certain)]) },
      };
    case "memberships":
      return {
        columns: ["member", "member_name", "organization", "organization_name", "role", "from", "to", "holds", "statement", "member_name_ja", "organization_name_ja", "holds_on_day"],
        rows: r.rows.map((x) => [x.member.id, x.member.name.en, x.organization.id, x.organization.name.en, x.role, x.from, x.to, x.holds, x.statement, x.member.name.ja, x.organization.name.ja, onDay(x)]),
        table: { columns: ["member", "organisation", "role", "from", "to", "holds"], rows: r.rows.map((x) => [x.member.name.en, x.organization.name.en, x.role, x.from, x.to, onDay(x)]) },
      };
    case "offices":
      return {
        columns: ["holder", "holder_name", "polity", "polity_name", "role", "from", "to", "holds", "statement", "holder_name_ja", "polity_name_ja", "holds_on_day"],
        rows: r.rows.map((x) => [x.holder.id, x.holder.name.en, x.polity.id, x.polity.name.en, x.role, x.from, x.to, x.holds, x.statement, x.holder.name.ja, x.polity.name.ja, onDay(x)]),
        table: { columns: ["holder", "of", "office", "from", "to", "holds"], rows: r.rows.map((x) => [x.holder.name.en, x.polity.name.en, x.role, x.from, x.to, onDay(x)]) },
      };
    case "events":
      return {
        columns: ["event", "name", "type", "date", "end", "place", "place_state", "participants", "participant_names", "name_ja", "participant_names_ja"],
        rows: r.rows.map((x) => [x.event.id, x.event.name.en, x.type, x.date, x.end, x.place?.id, x.placeState?.id, ids(x.participants), names(x.participants), x.event.name.ja, namesJa(x.participants)]),
        table: { columns: ["event", "type", "date", "place", "participants"], rows: r.rows.map((x) => [x.event.name.en, x.type, x.date, x.place?.name.en, names(x.participants)]) },
      };
    case "disputes":
      return {
        columns: ["dispute", "name", "type", "parties", "party_names", "places", "from", "to", "name_ja", "party_names_ja"],
        rows: r.rows.map((x) => [x.dispute.id, x.dispute.name.en, x.type, ids(x.parties), names(x.parties), ids(x.places), x.from, x.to, x.dispute.name.ja, namesJa(x.parties)]),
        table: { columns: ["dispute", "type", "parties", "places", "from", "to"], rows: r.rows.map((x) => [x.dispute.name.en, x.type, names(x.parties), names(x.places), x.from, x.to]) },
      };
    case "missions":
      return {
        columns: ["sender", "sender_name", "host", "host_name", "type", "city", "place", "role", "from", "to", "holds", "origin", "statement", "sender_name_ja", "host_name_ja", "holds_on_day"],
        rows: r.rows.map((x) => [x.sender.id, x.sender.name.en, x.host.id, x.host.name.en, x.type, x.city, x.place?.id, x.role, x.from, x.to, x.holds, x.origin, x.statement, x.sender.name.ja, x.host.name.ja, onDay(x)]),
        table: { columns: ["sender", "host", "type", "city", "from", "to", "open"], rows: r.rows.map((x) => [x.sender.name.en, x.host.name.en, x.type, x.city ?? x.place?.name.en, x.from, x.to, onDay(x)]) },
      };
  }
}

