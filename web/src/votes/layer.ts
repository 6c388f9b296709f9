import type { RelationRow, VoteRankingRow } from "../api/types.js";
import type { MessageKey } from "../i18n/dict.js";
import { JAPAN, NO_DATA, type Category } from "../map/colour.js";
import { DEPENDENT_SHAPES, JAPAN_ISO, NAMED_SHAPES, shapeKey, type Shape } from "../map/join.js";
import type { ShapeStyle } from "../map/WorldMap.js";
import { AGREEMENT_CLASSES, agreementClass, classRange, inVoteData, NO_VOTES, percent } from "./scale.js";

type T = (key: MessageKey, params?: Record<string, string | number>) => string;
type Name = (n: { en: string; ja: string | null }) => string;

/** What a shape shows on the votes layer: a state's votes with Japan, or why there are none. */
export type VoteSubject =
  | { kind: "japan" }
  | { kind: "votes"; row: VoteRankingRow; territoryOf: VoteRankingRow | null; dependency: boolean }
  | { kind: "no-votes"; state: VoteRankingRow["state"]; reason: NoVotesReason }
  | { kind: "no-data" };

export type NoVotesReason = "outside-data" | "japan-not-member" | "japan-no-votes" | "not-yet-existing" | "no-longer-existing" | "no-votes";

/** Japan joined the United Nations on 18 December 1956; before 1957 it cast no General Assembly vote. */
const JAPAN_FIRST_VOTE_YEAR = 1957;

/**
 * What each shape shows on the UN-votes layer for a year, keyed by shapeKey(). A shape takes the votes
 * cast under its own state; where that state cast none, a historical state on its territory that did
 * (Czechoslovakia on Czechia) is shown instead. `rows` is null outside the data's years.
 * @example joinVotes([{ id: "840", name: "United States" }], rows1960, relations1960, 1960).get("840")?.kind // "votes"
 */
export function joinVotes(shapes: readonly Shape[], rows: readonly VoteRankingRow[] | null, relations: readonly RelationRow[], year: number): Map<string, VoteSubject> {
  const byIso = new Map<string, VoteRankingRow>();
  const byId = new Map<string, VoteRankingRow>();
  for (const row of rows ?? []) {
    byId.set(row.state.id, row);
    if (row.isoNumeric) byIso.set(row.isoNumeric, row);
  }
  const status = new Map(relations.map((r) => [r.state.id, r.status]));
  const relByIso = new Map(relations.filter((r) => r.isoNumeric).map((r) => [r.isoNumeric!, r]));
  const voted = (row: VoteRankingRow | undefined): boolean => row !== undefined && row.agreement !== null;
  const japanVoted = (rows ?? []).some((r) => r.n > 0);
  const reasonFor = (stateId: string): NoVotesReason => {
    if (!rows || !inVoteData(year)) return "outside-data";
    if (!japanVoted) return year < JAPAN_FIRST_VOTE_YEAR ? "japan-not-member" : "japan-no-votes";
    const s = status.get(stateId);
    return s === "not-yet-existing" || s === "no-longer-existing" ? s : "no-votes";
  };

  const out = new Map<string, VoteSubject>();
  for (const shape of shapes) {
    const key = shapeKey(shape);
    if (shape.id === JAPAN_ISO) {
      out.set(key, { kind: "japan" });
      continue;
    }
    const sovereign = DEPENDENT_SHAPES[key];
    const ownIso = sovereign ?? shape.id;
    const own = ownIso ? byIso.get(ownIso) : byId.get(NAMED_SHAPES[shape.name] ?? "");
    // The state that held the shape's land that day, from the as-of engine (the relations row's `territory`).
    const holder = ownIso ? relByIso.get(ownIso)?.territory?.holder.id : undefined;
    const predecessor = holder ? byId.get(holder) : undefined;
    if (own && voted(own)) {
      out.set(key, { kind: "votes", row: own, territoryOf: null, dependency: sovereign !== undefined });
    } else if (predecessor && voted(predecessor)) {
      out.set(key, { kind: "votes", row: predecessor, territoryOf: own ?? null, dependency: false });
    } else {
      // Outside the data there are no rows: name the state from the relations of the date.
      const state = own?.state ?? (ownIso ? relByIso.get(ownIso)?.state : undefined) ?? relations.find((r) => r.state.id === NAMED_SHAPES[shape.name])?.state;
      out.set(key, state ? { kind: "no-votes", state, reason: reasonFor(state.id) } : { kind: "no-data" });
    }
  }
  return out;
}

const REASON_KEY: Record<NoVotesReason, MessageKey> = {
  "outside-data": "votes.reason.outside",
  "japan-not-member": "votes.reason.japanNotMember",
  "japan-no-votes": "votes.reason.japanNoVotes",
  "not-yet-existing": "status.not-yet-existing",
  "no-longer-existing": "status.no-longer-existing",
  "no-votes": "votes.reason.none",
};

/** The reason a state has no votes with Japan, as a sentence. */
export function noVotesReason(reason: NoVotesReason, year: number, t: T): string {
  return t(REASON_KEY[reason], { year, first: 1946, last: 2020 });
}

/** One legend entry of the votes layer: its category, how many shapes it colours, its label. */
export interface VotesLegendItem {
  category: Category;
  count: number;
  label: string;
}

/**
 * Everything the votes layer draws for a year: each shape's fill, tooltip and link, and its legend.
 * Pure (given the translation functions).
 */
export function votesModel(
  shapes: readonly (Shape & { key: string })[],
  rows: readonly VoteRankingRow[] | null,
  relations: readonly RelationRow[],
  year: number,
  t: T,
  name: Name,
  entityHref: (id: string) => string,
): { styles: Map<string, ShapeStyle>; legend: VotesLegendItem[] } {
  const joined = joinVotes(shapes, rows, relations, year);
  const styles = new Map<string, ShapeStyle>();
  const counts = new Map<string, number>();
  for (const shape of shapes) {
    const subject = joined.get(shape.key);
    if (!subject) continue;
    let category: Category;
    let title: string;
    let target: string | null = null;
    if (subject.kind === "japan") {
      category = JAPAN;
      title = t("status.japan");
      target = entityHref("japan");
    } else if (subject.kind === "no-data") {
      category = NO_DATA;
      title = `${shape.name}: ${t("nodata.reason", { reason: t("map.notInKb") })}`;
    } else if (subject.kind === "no-votes") {
      category = NO_VOTES;
      title = `${name(subject.state.name)}: ${t("votes.noVotes")} — ${noVotesReason(subject.reason, year, t)}`;
      target = entityHref(subject.state.id);
    } else {
      const { row, territoryOf, dependency } = subject;
      category = agreementClass(row.agreement!);
      const where = territoryOf ? ` (${t("map.onTerritory", { name: name(territoryOf.state.name) })})` : dependency ? ` (${shape.name})` : "";
      title = `${name(row.state.name)}${where}: ${t("votes.tooltip", { agreement: percent(row.agreement!), n: row.n })}`;
      target = entityHref(row.state.id);
    }
    counts.set(category.key, (counts.get(category.key) ?? 0) + 1);
    styles.set(shape.key, { category, opacity: 1, title, target });
  }
  const item = (category: Category, label: string) => ({ category, count: counts.get(category.key) ?? 0, label });
  const legend = [
    item(JAPAN, t("status.japan")),
    ...AGREEMENT_CLASSES.map((c) => item(c, classRange(c))),
    item(NO_VOTES, t("votes.noVotes.legend")),
    item(NO_DATA, t(NO_DATA.label)),
  ];
  return { styles, legend };
}

