import type { MessageKey } from "../i18n/dict.js";

/** Periods of Japan's diplomatic history a reader filters search results by. Pure. */
export const ERAS: { key: string; label: MessageKey; from: string; to: string }[] = [
  { key: "before-1868", label: "searchEra.before-1868", from: "0001", to: "1868-01-03" },
  { key: "meiji-taisho", label: "searchEra.meiji-taisho", from: "1868-01-03", to: "1926-12-25" },
  { key: "showa-war", label: "searchEra.showa-war", from: "1926-12-25", to: "1945-09-02" },
  { key: "occupation", label: "searchEra.occupation", from: "1945-09-02", to: "1952-04-28" },
  { key: "cold-war", label: "searchEra.cold-war", from: "1952-04-28", to: "1989-12-03" },
  { key: "since-1989", label: "searchEra.since-1989", from: "1989-12-03", to: "9999" },
];

/**
 * Whether a hit's first date (EDTF, possibly a bare year) falls in the era; undated hits are kept
 * out of every era (they show under "all").
 *
 * @example inEra("1972-09-29", "cold-war") // true
 */
export function inEra(date: string | null | undefined, era: string): boolean {
  const e = ERAS.find((x) => x.key === era);
  if (!e) return true;
  if (!date) return false;
  const day = date.replace(/[~?%]/g, "");
  return day >= e.from && day < e.to;
}
