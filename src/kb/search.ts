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

/** Predicates whose date best tells an entity apart in a list of hits, by kind. */
const FIRST_DATE = ["signed", "occurred", "founded", "born", "adopted", "exists", "in-force"];

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
  // A source stands a tier lower than an entity: it is where a fact comes from, not what was sought.
  // The sort keys are computed once per hit; ties fall back to the id in code-point order.
  const ranked = rank(indexOf(store), query, fts)
    .filter((s) => !opts.kind || s.doc.kind === opts.kind)
    .map((s) => ({ ...s, tier: tierOf(s), source: s.doc.kind === "source" ? 1 : 0 }))
    .sort((a, b) => b.tier - a.tier || a.source - b.source || b.score - a.score || (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
  const type = store.prepared("SELECT type FROM entities WHERE id = ?");
  const first = store.prepared(`SELECT time FROM statements WHERE subject = ? AND p IN (${FIRST_DATE.map(() => "?").join(",")}) AND time IS NOT NULL AND status != 'rejected' ORDER BY s_min LIMIT 1`);
  const answers = offset === 0 && !opts.kind ? answerIntents(store, query) : [];
  return {
    release: store.release,
    builtAt: store.builtAt,
    query,
    kind: opts.kind ?? null,
    total: ranked.length,
    offset,
    limit,
    results: ranked.slice(offset, offset + limit).map((s) => ({
      ...store.ref(s.doc.id)!,
      type: (type.get(s.doc.id) as { type: string | null }).type,
      matched: s.matched,
      score: Math.round(s.score * 100) / 100,
      date: firstDate((first.get(s.doc.id, ...FIRST_DATE) as { time: string } | undefined)?.time),
    })),
    ...(answers.length ? { answers } : {}),
  };
}

function tierOf(s: { tier: number; doc: { kind: string } }): number {
  return s.doc.kind === "source" ? s.tier - 1 : s.tier;
}

/** The start of a statement's time as written, or null when it has none or starts before the records (`..`). */
function firstDate(time: string | undefined): string | null {
  const start = time?.split("/")[0];
  return start && start !== ".." ? start : null;
}
