import type { MessageKey } from "../i18n/dict.js";

/**
 * The eras drawn as bands behind the timeline, in one place. Years are inclusive starts and
 * exclusive ends as decimal years; `end: null` runs to today. Eras may overlap (war and occupation
 * sit inside or across the Cold War), so each has a lane.
 */
export interface Era {
  id: string;
  label: MessageKey;
  start: number;
  end: number | null;
  lane: 0 | 1;
  colour: string;
}

export const ERAS: readonly Era[] = [
  { id: "sakoku", label: "era.sakoku", start: 1639, end: 1853, lane: 0, colour: "#e9e4d4" },
  { id: "meiji", label: "era.meiji", start: 1868, end: 1912, lane: 0, colour: "#dfe8d4" },
  { id: "war", label: "era.war", start: 1937, end: 1945, lane: 0, colour: "#f0d4d4" },
  { id: "occupation", label: "era.occupation", start: 1945, end: 1952, lane: 0, colour: "#e1dcef" },
  { id: "cold-war", label: "era.cold-war", start: 1947, end: 1991, lane: 1, colour: "#d6e3ef" },
  { id: "post-cold-war", label: "era.post-cold-war", start: 1991, end: null, lane: 1, colour: "#e6efe9" },
];

/**
 * The eras a year falls in.
 * @example erasAt(1950).map((e) => e.id) // ["occupation", "cold-war"]
 */
export function erasAt(year: number, now: number = new Date().getUTCFullYear() + 1): Era[] {
  return ERAS.filter((e) => year >= e.start && year < (e.end ?? now));
}
