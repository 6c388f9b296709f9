import type { Kind } from "../model/ids.js";
import type { SearchResult } from "../model/results.js";
import type { Store } from "./store.js";
import { searchKey } from "./text.js";

export interface SearchOptions {
  kind?: Kind;
  limit?: number;
  offset?: number;
}

interface Candidate {
  id: string;
  kind: Kind;
  type: string | null;
  names: string;
  summary: string;
}

const MAX_CANDIDATES = 500;

/**
 * Full-text search over names, aliases and summaries, in English and Japanese.
 * Words of three or more characters go through the FTS5 trigram index; shorter ones (中国, 竹島, EU)
 * cannot use trigrams, so they are matched by substring over the indexed text, which is small enough
 * to scan. Hits are ranked: exact name, exact alias, prefix, substring of a name, then summary.
 *
 * @example search(store, "竹島") // Takeshima / Liancourt Rocks first
 */
export function search(store: Store, query: string, opts: SearchOptions = {}): SearchResult {
  const limit = opts.limit ?? 20;
  const offset = opts.offset ?? 0;
  const key = searchKey(query);
  const words = key.split(" ").filter(Boolean);
  const long = words.filter((w) => [...w].length >= 3);
  const kindClause = opts.kind ? "AND e.kind = @kind" : "";
  let candidates: Candidate[];
  if (long.length > 0) {
    const match = long.map((w) => `"${w.replace(/"/g, '""')}"`).join(" AND ");
    candidates = store
      .prepared(
        `SELECT s.entity_id AS id, e.kind, e.type, s.names, s.summary FROM search s JOIN entities e ON e.id = s.entity_id
         WHERE search MATCH @match ${kindClause} ORDER BY bm25(search) LIMIT ${MAX_CANDIDATES}`,
      )
      .all({ match, kind: opts.kind }) as Candidate[];
  } else if (words.length > 0) {
    candidates = store
      .prepared(
        `SELECT s.entity_id AS id, e.kind, e.type, s.names, s.summary FROM search s JOIN entities e ON e.id = s.entity_id
         WHERE (instr(s.names, @first) > 0 OR instr(s.summary, @first) > 0) ${kindClause} LIMIT ${MAX_CANDIDATES}`,
      )
      .all({ first: words[0], kind: opts.kind }) as Candidate[];
  } else candidates = [];
  const short = words.filter((w) => [...w].length < 3);
  const hits = candidates
    .filter((c) => short.every((w) => c.names.includes(w) || c.summary.includes(w)))
    .map((c) => ({ c, ...rank(c, key) }))
    .sort((a, b) => b.score - a.score || a.c.id.localeCompare(b.c.id));
  return {
    release: store.release,
    builtAt: store.builtAt,
    query,
    kind: opts.kind ?? null,
    total: hits.length,
    offset,
    limit,
    results: hits.slice(offset, offset + limit).map((h) => ({ ...store.ref(h.c.id)!, type: h.c.type, matched: h.matched, score: h.score })),
  };
}

/** Scores a candidate: exact primary name, exact alias, prefix, substring of a name, all words in a name, summary. */
function rank(c: Candidate, key: string): { score: number; matched: string } {
  const names = c.names.split("\n");
  const words = key.split(" ");
  let best = { score: 0, matched: names[0] ?? "" };
  names.forEach((name, i) => {
    let score = 0;
    if (name === key) score = i < 2 ? 100 : 90;
    else if (name.startsWith(key)) score = 70 - Math.min(10, name.length / 20);
    else if (name.includes(key)) score = 50 - Math.min(10, name.length / 20);
    else if (words.every((w) => name.includes(w))) score = 30;
    if (score > best.score) best = { score, matched: name };
  });
  if (best.score === 0 && words.every((w) => c.summary.includes(w))) best = { score: 10, matched: names[0] ?? "" };
  return best;
}
