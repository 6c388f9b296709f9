import type { Kind } from "../model/ids.js";
import type { SearchResult } from "../model/results.js";
import { indexOf } from "./search/index.js";
import { answerIntents } from "./search/intents.js";
import { rank } from "./search/rank.js";
import type { Store } from "./store.js";

export interface SearchOptions {
  kind?: Kind;
  limit?: number;
  offset?: number;
}

/**
 * Ranked search over names, aliases and summaries, in English, Japanese and mixed scripts
 * (docs/search.md): words normalised (dashes, apostrophes, macrons, width, case), matched exactly, as
 * prefixes, folded romaji or with one typo, CJK as substrings; BM25 with names over aliases over
 * summaries; hits matching every word first, then most words; entities above sources. A few
 * structured questions ("foreign minister 1975", "China 1970", "EPA with Peru") are answered from the
 * as-of engine in `answers`.
 *
 * @example search(store, "竹島").results[0]?.id // "liancourt-rocks"
 */
export function search(store: Store, query: string, opts: SearchOptions = {}): SearchResult {
  const limit = opts.limit ?? 20;
  const offset = opts.offset ?? 0;
  // Japanese words of three characters or more: names first through FTS5 trigrams, summaries only when names give few.
  const trigram = store.prepared("SELECT entity_id FROM search WHERE search MATCH ? LIMIT 300");
  const fts = (w: string) => {
    const phrase = `"${w.replace(/"/g, '""')}"`;
    const ids = (trigram.all(`names : ${phrase}`) as { entity_id: string }[]).map((r) => r.entity_id);
    return ids.length >= 20 ? ids : [...ids, ...(trigram.all(`summary : ${phrase}`) as { entity_id: string }[]).map((r) => r.entity_id)];
  };
  const ranked = rank(indexOf(store), query, fts, { kind: opts.kind, count: offset + limit });
  const answers = offset === 0 && !opts.kind ? answerIntents(store, query) : [];
  return {
    release: store.release,
    builtAt: store.builtAt,
    query,
    kind: opts.kind ?? null,
    total: ranked.total,
    offset,
    limit,
    results: ranked.hits.slice(offset, offset + limit).map((s) => ({
      ...store.ref(s.doc.id)!,
      type: s.doc.type,
      matched: s.matched,
      score: Math.round(s.score * 100) / 100,
      date: s.doc.date,
    })),
    ...(answers.length ? { answers } : {}),
  };
}

