import type { MissionListRow } from "../../../src/model/lists.js";
import type { Lang } from "../i18n/dict.js";
import { missionTypeWords } from "../pages/mission-types.js";

/**
 * A state's fact box says what missions the knowledge base records between it and Japan on the page's day
 * (issue 15): the curated missions the as-of engine finds open that day, and the latest imported
 * snapshot (Wikidata's, November 2022) taken on or before the day, each mission once. A snapshot after the
 * day says nothing of it, so a 1960 page gets the curated missions only, and nothing where there are none.
 */
export interface MissionsOnDay {
  counts: { type: string; n: number }[];
  /** The snapshot counted in, where one was: its dataset and date. */
  snapshot: { dataset: string; date: string } | null;
}

const ORDER = ["embassy", "de-facto-embassy", "legation", "nunciature", "consulate-general", "consulate", "de-facto-consulate", "consular-office", "honorary-consulate", "mission", "trading-post", "other"];

/**
 * @param held the rows asked with asOf=day (the engine's: open on the day)
 * @param all the rows asked without a day (for the snapshots)
 * @example missionsOnDay([], [{ type: "embassy", origin: "dataset:embassies", from: "2022-11", … }], "2026-12-06") // { counts: [{ type: "embassy", n: 1 }], snapshot: { dataset: "embassies", date: "2022-11" } }
 */
export function missionsOnDay(held: readonly MissionListRow[], all: readonly MissionListRow[], day: string): MissionsOnDay | null {
  const curated = held.filter((r) => r.origin === "curated" && r.holds !== "no");
  const snapshots = all.filter((r) => r.origin.startsWith("dataset:") && r.from !== null && r.from.slice(0, 10) <= day.slice(0, r.from.length));
  const latest = snapshots.reduce<string | null>((m, r) => (m === null || r.from! > m ? r.from! : m), null);
  const fromSnapshot = latest ? snapshots.filter((r) => r.from === latest) : [];
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const r of [...curated, ...fromSnapshot]) {
    const key = `${r.type}|${(r.place?.id ?? r.city ?? r.statement).toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  const rank = (t: string) => (ORDER.includes(t) ? ORDER.indexOf(t) : ORDER.length);
  return {
    counts: [...counts].map(([type, n]) => ({ type, n })).sort((a, b) => rank(a.type) - rank(b.type)),
    snapshot: latest && fromSnapshot.length ? { dataset: fromSnapshot[0]!.origin.slice("dataset:".length), date: latest } : null,
  };
}

/**
 * The counts in words: "1 embassy, 6 consulates-general" / "大使館1、総領事館6".
 * @example missionCounts([{ type: "embassy", n: 1 }, { type: "consulate-general", n: 6 }], "ja") // "大使館1、総領事館6"
 */
export function missionCounts(counts: MissionsOnDay["counts"], lang: Lang): string {
  if (lang === "ja") return counts.map((c) => `${missionTypeWords("ja", c.type)}${c.n}`).join("、");
  return counts.map((c) => `${c.n} ${c.n === 1 ? missionTypeWords("en", c.type) : plural(missionTypeWords("en", c.type))}`).join(", ");
}

/** @example plural("consulate-general") // "consulates-general" */
function plural(word: string): string {
  if (word.startsWith("consulate-general")) return "consulates-general";
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
