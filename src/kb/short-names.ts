import type { Store } from "./store.js";

/** An entity's short display names: each present only when shorter than the name in its language. */
export interface ShortName {
  en?: string;
  ja?: string;
}

/**
 * The short display names of `ids`: per language (en, ja), the shortest alias of kind "name" when it
 * is shorter than the entity's name in that language (a chart label that cannot hold a treaty's
 * 100-character title can hold "Japan–China Joint Communiqué"). Entities with neither are left out.
 * Lengths are counted in characters (code points); at equal length the first alphabetically is kept,
 * so the answer does not depend on the order the data lists aliases in.
 *
 * @example shortNames(store, ["japan-china-joint-communique-1972"])
 * // { "japan-china-joint-communique-1972": { en: "Japan–China Joint Communiqué", ja: "日中共同声明" } }
 */
export function shortNames(store: Store, ids: Iterable<string>): Record<string, ShortName> {
  const list = [...new Set(ids)];
  const out: Record<string, ShortName> = {};
  if (list.length === 0) return out;
  const rows = store
    .prepared(
      `SELECT n.entity_id AS id, n.lang AS lang, n.text AS text, CASE n.lang WHEN 'en' THEN e.name_en ELSE e.name_ja END AS name
       FROM names n JOIN entities e ON e.id = n.entity_id
       WHERE n.primary_name = 0 AND n.kind = 'name' AND n.lang IN ('en', 'ja') AND n.entity_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(list)) as { id: string; lang: "en" | "ja"; text: string; name: string | null }[];
  for (const r of rows) {
    // No name in that language: the label shows the other one, which an alias here does not shorten.
    if (r.name === null || length(r.text) >= length(r.name)) continue;
    const had = out[r.id]?.[r.lang];
    if (had !== undefined && (length(had) < length(r.text) || (length(had) === length(r.text) && had <= r.text))) continue;
    (out[r.id] ??= {})[r.lang] = r.text;
  }
  return out;
}

const length = (text: string) => [...text].length;
