import type { Kind } from "../model/ids.js";
import type { SearchResult } from "../model/results.js";
import type { Store } from "./store.js";
import { searchKey } from "./text.js";

export interface SearchOptions {
  kind?: Kind;
  limit?: number;
  offset?: number;
}

/** How many candidates each phase may bring: bounds the work for common words such as "Japan". */
const PHASE_LIMIT = 200;

/**
 * Full-text search over names, aliases and summaries, in English and Japanese, in bounded phases:
 * exact names and aliases and name prefixes through the `names.key` index; then substrings of names
 * through the FTS5 trigram index (words of three or more characters) or, for one- and two-character
 * words (中国, 竹島, EU) that trigrams cannot match, a scan of the names; then summaries, only when
 * names gave too few hits. Hits are ranked: exact name, exact alias, prefix, substring, all words,
 * summary.
 *
 * @example search(store, "竹島") // Takeshima / Liancourt Rocks first
 */
export function search(store: Store, query: string, opts: SearchOptions = {}): SearchResult {
  const limit = opts.limit ?? 20;
  const offset = opts.offset ?? 0;
  const key = searchKey(query);
  const words = key.split(" ").filter(Boolean);
  const scores = new Map<string, { score: number; matched: string }>();
  if (words.length > 0) {
    const consider = (ids: string[]) => {
      for (const id of ids) if (!scores.has(id)) scores.set(id, rankNames(store, id, key, words));
    };
    const ids = (sql: string, ...params: unknown[]) => (store.prepared(sql).all(...params) as { entity_id: string }[]).map((r) => r.entity_id);
    consider(ids("SELECT DISTINCT entity_id FROM names WHERE key = ?", key));
    consider(ids(`SELECT DISTINCT entity_id FROM names WHERE key > ? AND key < ? LIMIT ${PHASE_LIMIT}`, key, key + "\uffff"));
    const long = words.filter((w) => [...w].length >= 3);
    const match = long.map((w) => `"${w.replace(/"/g, '""')}"`).join(" AND ");
    if (long.length > 0) consider(ids(`SELECT entity_id FROM search WHERE search MATCH ? LIMIT ${PHASE_LIMIT}`, `names : (${match})`));
    else consider(ids(`SELECT DISTINCT entity_id FROM names WHERE instr(key, ?) > 0 LIMIT ${PHASE_LIMIT}`, words[0]));
    const hits = [...scores.values()].filter((s) => s.score > 0).length;
    if (hits < offset + limit) {
      const inSummary = (
        long.length > 0
          ? store.prepared(`SELECT entity_id, summary FROM search WHERE search MATCH ? LIMIT ${PHASE_LIMIT}`).all(`summary : (${match})`)
          : store.prepared(`SELECT entity_id, summary FROM search WHERE instr(summary, ?) > 0 LIMIT ${PHASE_LIMIT}`).all(words[0])
      ) as { entity_id: string; summary: string }[];
      for (const { entity_id: id, summary } of inSummary) {
        if ((scores.get(id)?.score ?? 0) > 0) continue;
        if (words.every((w) => summary.includes(w))) scores.set(id, { score: 10, matched: store.ref(id)?.name.en ?? id });
      }
    }
  }
  const ranked = [...scores]
    .filter(([id, s]) => s.score > 0 && (!opts.kind || store.ref(id)?.kind === opts.kind))
    .sort(([a, x], [b, y]) => y.score - x.score || a.localeCompare(b));
  const type = store.prepared("SELECT type FROM entities WHERE id = ?");
  return {
    release: store.release,
    builtAt: store.builtAt,
    query,
    kind: opts.kind ?? null,
    total: ranked.length,
    offset,
    limit,
    results: ranked.slice(offset, offset + limit).map(([id, s]) => ({
      ...store.ref(id)!,
      type: (type.get(id) as { type: string | null }).type,
      matched: s.matched,
      score: s.score,
    })),
  };
}

/** Scores an entity by its names: exact primary name, exact alias, prefix, substring, all words. */
function rankNames(store: Store, id: string, key: string, words: string[]): { score: number; matched: string } {
  const names = store.prepared("SELECT text, key, primary_name FROM names WHERE entity_id = ?").all(id) as { text: string; key: string; primary_name: number }[];
  let best = { score: 0, matched: names[0]?.text ?? id };
  for (const n of names) {
    let score = 0;
    if (n.key === key) score = n.primary_name ? 100 : 90;
    else if (n.key.startsWith(key)) score = 70 - Math.min(10, n.key.length / 20);
    else if (n.key.includes(key)) score = 50 - Math.min(10, n.key.length / 20);
    else if (words.every((w) => n.key.includes(w))) score = 30;
    if (score > best.score) best = { score, matched: n.text };
  }
  return best;
}
