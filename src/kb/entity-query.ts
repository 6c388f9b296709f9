import type { EntityView } from "../model/results.js";
import { onDay } from "./on-day.js";
import type { Store, StatementRow } from "./store.js";

/**
 * Everything the store holds about one entity: names, fields, sources and every statement in which it
 * is subject, object, place or grounding agreement, except those the disagreement ledger set aside (a
 * dataset's date beside a curated one at least as precise; a vaguer repeat of a curated date). With
 * `asOf`, each statement says where it stood that day, and `onDay` gives what the as-of engine says
 * held. Returns undefined for an unknown id.
 *
 * @example showEntity(store, "japan", "1972-09-29")
 */
export function showEntity(store: Store, id: string, asOf?: string): EntityView | undefined {
  const row = store.entityRow(id);
  if (!row) return undefined;
  const body = JSON.parse(row.body) as Record<string, unknown>;
  const { names: _n, aliases = [], summary: _s, sources = [], statements: _st, ...fields } = body as {
    names: unknown; aliases?: { text: string; lang: string; kind: string }[]; summary?: unknown;
    sources?: { source: string; locator?: string }[]; statements?: unknown;
  } & Record<string, unknown>;
  const rows = store
    .prepared(
      `SELECT * FROM statements WHERE id IN (
         SELECT id FROM statements WHERE subject = @id UNION SELECT id FROM statements WHERE object = @id
         UNION SELECT id FROM statements WHERE at = @id UNION SELECT id FROM statements WHERE via = @id)
       AND NOT (status = 'rejected' AND id IN (SELECT a_statement FROM ledger))
       ORDER BY COALESCE(s_min, '9999'), p, id`,
    )
    .all({ id }) as StatementRow[];
  return {
    release: store.release,
    builtAt: store.builtAt,
    asOf: asOf ?? null,
    entity: {
      ...store.ref(id)!,
      type: row.type,
      summary: { en: row.summary_en, ja: row.summary_ja },
      aliases: aliases.map((a) => ({ text: a.text, lang: a.lang, kind: a.kind ?? "name" })),
      fields,
      sources: row.kind === "source" ? [] : sources.map((s) => store.citation(s.source, s.locator ?? null)),
    },
    statements: rows.map((r) => store.view(r, asOf)),
    ...(asOf !== undefined && row.kind !== "source" ? { onDay: onDay(store, id, row.kind, asOf) } : {}),
  };
}

/**
 * Resolves what a user typed to an id: an exact id, an ISO code, or an exact name or alias.
 *
 * @example resolveId(store, "JPN") // "japan"
 */
export function resolveId(store: Store, input: string): string | undefined {
  if (store.entityRow(input)) return input;
  const iso = store
    .prepared("SELECT id FROM entities WHERE kind = 'state' AND (json_extract(body, '$.iso3') = @code OR json_extract(body, '$.iso2') = @code)")
    .get({ code: input.toUpperCase() }) as { id: string } | undefined;
  if (iso) return iso.id;
  const byName = store
    .prepared("SELECT entity_id FROM names WHERE text = ? COLLATE NOCASE ORDER BY primary_name DESC LIMIT 1")
    .get(input) as { entity_id: string } | undefined;
  return byName?.entity_id;
}
