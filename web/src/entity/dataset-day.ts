// A fact box's date when no statement written by hand gives it but imported rows agree on one day: a
// GGO agreement showed "Signed —" above "Japan signed it on 27 July 1883". Pure.
import type { EntityView } from "../api/types.js";

/**
 * The one day every imported row of a predicate gives, and the dataset it comes from; null when a
 * curated statement exists, the rows disagree or come from several datasets.
 * @example datasetDay([{ p: "signed", count: 1, curated: 0, from: "1883-07-27", to: "1883-07-27", datasets: [{ dataset: "treaties", count: 1, from: "1883-07-27", to: "1883-07-27" }], label }], "signed") // { date: "1883-07-27", dataset: "treaties" }
 */
export function datasetDay(sections: EntityView["sections"], p: string): { date: string; dataset: string } | null {
  const s = sections?.find((x) => x.p === p);
  if (!s || s.curated > 0 || s.datasets.length !== 1 || !s.from || s.from !== s.to) return null;
  return { date: s.from, dataset: s.datasets[0]!.dataset };
}

/**
 * The span every imported row of a predicate covers, and the dataset they come from, when no statement
 * written by hand gives it: a militarised dispute's fact box was empty, its dates only in folded rows.
 * Null when a curated statement exists, the rows come from several datasets or give no date.
 * @example datasetSpan([{ p: "occurred", count: 1, curated: 0, from: "1931-09-18", to: "1933-05-31", datasets: [{ dataset: "conflict", count: 1, from: "1931-09-18", to: "1933-05-31" }], label }], "occurred") // { from: "1931-09-18", to: "1933-05-31", dataset: "conflict" }
 */
export function datasetSpan(sections: EntityView["sections"], p: string): { from: string; to: string | null; dataset: string } | null {
  const s = sections?.find((x) => x.p === p);
  if (!s || s.curated > 0 || s.datasets.length !== 1 || !s.from) return null;
  return { from: s.from, to: s.to && s.to !== s.from && !s.to.startsWith("9999") ? s.to : null, dataset: s.datasets[0]!.dataset };
}
