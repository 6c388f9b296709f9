import { coverage } from "./coverage.js";
import type { DisagreementsResult, SourceView, Stats } from "../model/results.js";
import type { Store, StatementRow } from "./store.js";
import { inItsTime } from "./asof/then.js";

/**
 * A source with every statement it supports (with the locator of each citation) and every entity
 * whose names or summary cite it. Undefined when the id is not a source.
 */
export function showSource(store: Store, id: string): SourceView | undefined {
  const row = store.entityRow(id);
  if (!row || row.kind !== "source") return undefined;
  const rows = store.db
    .prepare("SELECT s.* FROM statements s WHERE s.id IN (SELECT statement_id FROM statement_sources WHERE source_id = ?) ORDER BY COALESCE(s.s_min, '9999'), s.id")
    .all(id) as StatementRow[];
  const ents = store.prepared("SELECT entity_id, locator FROM entity_sources WHERE source_id = ? ORDER BY entity_id").all(id) as { entity_id: string; locator: string | null }[];
  const { names: _n, ...fields } = JSON.parse(row.body) as Record<string, unknown>;
  return {
    release: store.release,
    builtAt: store.builtAt,
    source: { ...store.ref(id)!, fields },
    statements: rows.map((r) => inItsTime(store, r, store.view(r))),
    entities: ents.map((e) => ({ ...store.ref(e.entity_id)!, locator: e.locator })),
  };
}

/** Every source with its type, address and how many statements cite it, most cited first. */
export function listSources(store: Store) {
  const rows = store.db
    .prepare(
      `SELECT e.id, e.type, json_extract(e.body, '$.url') AS url, (SELECT count(DISTINCT statement_id) FROM statement_sources x WHERE x.source_id = e.id) AS n
       FROM entities e WHERE e.kind = 'source' ORDER BY n DESC, e.id`,
    )
    .all() as { id: string; type: string | null; url: string | null; n: number }[];
  return {
    release: store.release,
    builtAt: store.builtAt,
    total: rows.length,
    sources: rows.map((r) => ({ ...store.ref(r.id)!, type: r.type, url: r.url, statements: r.n })),
  };
}

/** Counts of what the knowledge base holds. */
export function stats(store: Store): Stats {
  const group = (sql: string) =>
    Object.fromEntries((store.prepared(sql).all() as { k: string; n: number }[]).map((r) => [r.k, r.n]));
  const one = <T>(sql: string) => store.prepared(sql).get() as T;
  const range = one<{ lo: string | null; hi: string | null; dated: number; total: number }>(
    "SELECT min(s_min) lo, max(CASE WHEN e_open = 1 OR e_unknown = 1 THEN s_max ELSE e_max END) hi, count(s_min) dated, count(*) total FROM statements",
  );
  return {
    release: store.release,
    builtAt: store.builtAt,
    entities: group("SELECT kind k, count(*) n FROM entities GROUP BY kind ORDER BY kind"),
    statements: {
      total: range.total,
      byPredicate: group("SELECT p k, count(*) n FROM statements GROUP BY p ORDER BY n DESC"),
      byStatus: group("SELECT status k, count(*) n FROM statements GROUP BY status"),
      dated: range.dated,
      earliest: range.lo,
      latest: range.hi,
      notes: one<{ total: number; ja: number }>("SELECT count(*) total, count(note_ja) ja FROM statements WHERE note IS NOT NULL"),
    },
    sources: {
      byType: group("SELECT type k, count(*) n FROM entities WHERE kind = 'source' GROUP BY type"),
      citations: one<{ n: number }>("SELECT count(*) n FROM statement_sources").n,
    },
    coverage: coverage(store),
  };
}

/**
 * The disagreements the knowledge base records: each rejected claim beside the accepted statements
 * with the same subject and predicate (what holds instead), each contested claim beside the rival
 * claims on the same object, and the ledger of datasets disagreeing with curated data or each other.
 */
export function disagreements(store: Store): DisagreementsResult {
  // Statements the ledger set aside are listed once, in the ledger below.
  const rows = store.prepared("SELECT * FROM statements WHERE status IN ('rejected', 'contested') AND id NOT IN (SELECT a_statement FROM ledger) ORDER BY subject, p, id").all() as StatementRow[];
  const rivals = store.prepared("SELECT * FROM statements WHERE subject = @subject AND p = @p AND status = 'accepted' AND (@object IS NULL OR object = @object OR object IS NULL)");
  const contest = store.prepared("SELECT * FROM statements WHERE object = @object AND p = @p AND id != @id");
  const items = rows.map((r) => {
    const conflicting = (r.status === "rejected" ? rivals.all({ subject: r.subject, p: r.p, object: r.object }) : contest.all({ object: r.object, p: r.p, id: r.id })) as StatementRow[];
    return { kind: r.status === "rejected" ? ("rejected-claim" as const) : ("contested" as const), statement: store.view(r), conflicting: conflicting.map((c) => store.view(c)) };
  });
  const byId = store.prepared("SELECT * FROM statements WHERE id = ?");
  const ledgerRows = store.prepared("SELECT * FROM ledger ORDER BY topic, subject, id").all() as { id: string; topic: string; note: string; note_ja: string | null; a_statement: string; b_statement: string | null }[];
  const ledger = ledgerRows.map((l) => {
    const other = l.b_statement ? (byId.get(l.b_statement) as StatementRow | undefined) : undefined;
    return { id: l.id, topic: l.topic, note: l.note, note_ja: l.note_ja, statement: store.view(byId.get(l.a_statement) as StatementRow), other: other ? store.view(other) : null };
  });
  return { release: store.release, builtAt: store.builtAt, total: items.length + ledger.length, items, ledger };
}
