import type { Category } from "../map/colour.js";

/**
 * The UN-votes colour scale: agreement with Japan (0–1) in seven sequential classes, and "no votes"
 * as a category of its own (with a reason), never as zero. Pure.
 */

/** The years the UN General Assembly votes data covers. */
export const VOTES_FIRST_YEAR = 1946;
export const VOTES_LAST_YEAR = 2020;

/** Whether a year has UN vote data. @example inVoteData(2021) // false */
export function inVoteData(year: number): boolean {
  return year >= VOTES_FIRST_YEAR && year <= VOTES_LAST_YEAR;
}

/** Lower bounds of the classes (the first starts at 0), a sequential yellow–green–blue ramp (ColorBrewer YlGnBu). */
const BREAKS = [0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] as const;
const FILLS = ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"] as const;

export interface AgreementClass extends Category {
  /** The class's range, for the legend: [from, to). */
  from: number;
  to: number;
}

export const AGREEMENT_CLASSES: readonly AgreementClass[] = BREAKS.map((from, i) => ({
  key: `agreement-${Math.round(from * 100)}`,
  fill: FILLS[i]!,
  label: "votes.agreement",
  from,
  to: BREAKS[i + 1] ?? 1,
}));

/** A state that cast no vote with Japan that year: not zero agreement, no data (hatched). */
export const NO_VOTES: Category = { key: "no-votes", fill: "#eeeeee", label: "votes.noVotes", hatched: true };

/**
 * The class of an agreement value.
 * @example agreementClass(0.93).key // "agreement-90"
 * @example agreementClass(0.1).key // "agreement-0"
 */
export function agreementClass(agreement: number): AgreementClass {
  for (let i = AGREEMENT_CLASSES.length - 1; i > 0; i--) if (agreement >= AGREEMENT_CLASSES[i]!.from) return AGREEMENT_CLASSES[i]!;
  return AGREEMENT_CLASSES[0]!;
}

/** A class's range as a reader writes it. @example classRange(AGREEMENT_CLASSES[1]) // "40–50%" */
export function classRange(c: AgreementClass): string {
  if (c.from === 0) return `< ${Math.round(c.to * 100)}%`;
  if (c.to === 1) return `≥ ${Math.round(c.from * 100)}%`;
  return `${Math.round(c.from * 100)}–${Math.round(c.to * 100)}%`;
}

/** A share as a whole percentage. @example percent(0.9388) // "94%" */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}
