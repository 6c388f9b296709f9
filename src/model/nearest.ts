import type { SearchResult } from "./results.js";

// Pure and with type imports only, so that the explorer (web/src/pages/NotFound.tsx) runs the same
// code in the browser as the server does for its 404 page without JavaScript (src/server/shell.ts).
type SearchHit = SearchResult["results"][number];

/**
 * The words of a missing address to look for: its last segment only (the id of /entity/japn, the
 * "page" of /no/such/page), hyphens as spaces. The earlier segments name the view, not what was
 * sought: searching "no such page" matched any entity whose summary says "no".
 * @example lastWords("/entity/south-koria") // "south koria"
 * @example lastWords("/no/such/page") // "page"
 */
export function lastWords(path: string): string {
  const last = path.split(/[/?#]/).filter(Boolean).pop() ?? "";
  let word = last;
  try {
    word = decodeURIComponent(last);
  } catch {
    // kept as sent
  }
  return word.replace(/[-_+.]+/g, " ").replace(/\s+/g, " ").trim().toLowerCase().slice(0, 100);
}

/**
 * The searches that find the nearest names: the words themselves, and the first word's first three
 * letters (search matches a typo only in words of five letters or more, so "japn" alone finds nothing,
 * but "jap" finds Japan).
 * @example nearestQueries("japn") // ["japn", "jap"]
 */
export function nearestQueries(words: string): string[] {
  const first = words.split(" ")[0] ?? "";
  const prefix = /^[a-z]{4,}$/.test(first) ? first.slice(0, 3) : null;
  return prefix ? [words, prefix] : words ? [words] : [];
}

/**
 * The searches to run for the words, with how many hits each asks for: the prefix matches many names,
 * so it asks for more. The explorer's 404 page runs them through the API, the server's through the kb.
 * @example nearestSearches("japn") // [{ q: "japn", limit: 20 }, { q: "jap", limit: 40 }]
 */
export function nearestSearches(words: string): { q: string; limit: number }[] {
  return nearestQueries(words).map((q, i) => ({ q, limit: i === 0 ? 20 : 40 }));
}

/** Edit distance (insertions, deletions, substitutions), two rows at a time. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * How near a name is to the words, 0 to 1: one less the edit distance over the longer length, the
 * best of the English name, the Japanese name and the id (hyphens as spaces).
 * @example nearness("japn", { id: "japan", name: { en: "Japan", ja: "日本" } }) // 0.8
 */
export function nearness(words: string, hit: Pick<SearchHit, "id" | "name">): number {
  const names = [hit.name.en, hit.name.ja ?? "", hit.id.replace(/-/g, " ")].map((n) => n.toLowerCase()).filter(Boolean);
  return Math.max(...names.map((n) => 1 - distance(words, n) / Math.max(words.length, n.length)));
}

/**
 * The share of the words (of three letters or more) that some word of the name or id spells within
 * one edit: "kanagawa treaty" shares half with "Convention of Kanagawa", "no such page" nothing with
 * a committee whose summary says "no".
 * @example shared("kanagawa treaty", { id: "convention-of-kanagawa", name: { en: "Convention of Kanagawa" } }) // 0.5
 */
export function shared(words: string, hit: Pick<SearchHit, "id" | "name">): number {
  const asked = words.split(" ").filter((w) => w.length >= 3);
  if (asked.length === 0) return 0;
  const own = `${hit.name.en} ${hit.id.replace(/-/g, " ")}`.toLowerCase().split(/[\s,.()'’]+/);
  return asked.filter((w) => own.some((o) => distance(w, o) <= (w.length >= 5 ? 1 : 0))).length / asked.length;
}

/** A name this near the words is offered whatever search made of them. */
export const NEAR = 0.5;

/**
 * The suggestions for a missing address: names near its words first, nearest first; then what the
 * search for the words themselves found that shares half the words, in its order; never a source,
 * never a name twice.
 * @example nearestHits("japn", [[], [japan, japaneseNavy]]) // [japan] (the navy is not near "japn")
 */
export function nearestHits(words: string, found: readonly (readonly SearchHit[])[], max = 6): SearchHit[] {
  const seen = new Set<string>();
  const all = found.flatMap((hits, q) => hits.filter((h) => h.kind !== "source").map((h, i) => ({ h, q, i, near: nearness(words, h) })));
  const near = all.filter((x) => x.near >= NEAR).sort((a, b) => b.near - a.near || a.q - b.q || a.i - b.i);
  const searched = all.filter((x) => x.q === 0 && x.near < NEAR && shared(words, x.h) >= 0.5);
  return [...near, ...searched].map((x) => x.h).filter((h) => !seen.has(h.id) && seen.add(h.id)).slice(0, max);
}
