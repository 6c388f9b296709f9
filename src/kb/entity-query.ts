import type { EntitySection, EntityView, Reference, StatementView } from "../model/results.js";
import { PREDICATES, type Predicate } from "../model/predicates.js";
import { JAPAN } from "./asof/world.js";
import { engineHeld, type EngineHeld } from "./held-on-day.js";
import { onDay } from "./on-day.js";
import { holdsOnRow, phaseOn, type Store, type StatementRow } from "./store.js";
import { supersededOn } from "./superseded.js";
import { inItsTime } from "./asof/then.js";

/** Which statements of an entity to return (see the API's `statements`, `p`, `origin`, `limit`, `offset`). */
export interface EntityPart {
  /** `summary`: at most PREVIEW statements per predicate, the ones a reader needs first. */
  statements?: "all" | "summary";
  p?: Predicate;
  /** `curated`, `dataset` (any imported row) or one dataset (`dataset:conflict`). */
  origin?: string;
  limit?: number;
  offset?: number;
}

/** Statements per predicate in a summary: enough for a fact box and a section's first lines. */
export const PREVIEW = 8;

/**
 * Everything the store holds about one entity: names, fields, sources and every statement in which it
 * is subject, object, place or grounding agreement, except those the disagreement ledger set aside (a
 * dataset's date beside a curated one at least as precise; a vaguer repeat of a curated date). With
 * `asOf`, each statement says where it stood that day, and `onDay` gives what the as-of engine says
 * held. `sections` counts every statement per predicate; `part` narrows the statements returned (a
 * summary, one predicate, curated or imported ones, a page of them). Returns undefined for an unknown id.
 *
 * @example showEntity(store, "japan", "1972-09-29", { statements: "summary" }).statements.length // < 400
 */
export function showEntity(store: Store, id: string, asOf?: string, part: EntityPart = {}): EntityView | undefined {
  const row = store.entityRow(id);
  if (!row) return undefined;
  const body = JSON.parse(row.body) as Record<string, unknown>;
  const { names: _n, aliases = [], summary: _s, sources = [], statements: _st, ...fields } = body as {
    names: unknown; aliases?: { text: string; lang: string; kind: string }[]; summary?: unknown;
    sources?: { source: string; locator?: string }[]; statements?: unknown;
  } & Record<string, unknown>;
  const rows = store.statementRows(
    // An undated statement about an event (a participant, what it concerns) goes by the event's own date, and
    // statements of one date and predicate keep the order of their files (rowid), where the id's hash had put
    // Abe's trips as 2014, 2019, 2016, 2018 and a trip's hosts out of the order its name gives them.
    `FROM statements s WHERE s.rowid IN (
       SELECT rowid FROM statements WHERE subject = @id UNION SELECT rowid FROM statements WHERE object = @id
       UNION SELECT rowid FROM statements WHERE at = @id UNION SELECT rowid FROM statements WHERE via = @id)
     AND NOT (s.status = 'rejected' AND s.id IN (SELECT a_statement FROM ledger))
     ORDER BY COALESCE(s.s_min, (SELECT MIN(o.s_min) FROM statements o WHERE o.subject = s.subject AND o.p = 'occurred'), '9999'), s.p, s.rowid`,
    { id },
  );
  const fromOrigin = (r: StatementRow) =>
    !part.origin || (part.origin === "curated" ? !isImported(r) : part.origin === "dataset" ? isImported(r) : r.origin === part.origin);
  let chosen = rows.filter((r) => (!part.p || r.p === part.p) && fromOrigin(r));
  if (part.statements === "summary") chosen = preview(chosen, id, asOf, asOf === undefined ? undefined : (r) => supersededOn(store, r, asOf));
  const offset = part.offset ?? 0;
  const sliced = chosen.slice(offset, part.limit === undefined ? undefined : offset + part.limit);
  const paged = part.p !== undefined || part.origin !== undefined || part.limit !== undefined || offset > 0;
  const entitySources = row.kind === "source" ? [] : sources.map((s) => store.citation(s.source, s.locator ?? null));
  const statements = sliced.map((r) => endedWithReplacement(inItsTime(store, r, store.view(r, asOf)), asOf !== undefined && supersededOn(store, r, asOf)));
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
      sources: entitySources,
    },
    statements,
    ...(asOf !== undefined && row.kind !== "source" ? { onDay: onDay(store, id, row.kind, asOf) } : {}),
    // Counted when read: the text of `gaiko show` never reads them, JSON (CLI and API) always does.
    get sections() {
      const events = new Map<string, ReturnType<typeof eventDate>>();
      const dateOf = (r: StatementRow) => {
        if (r.p !== "participant" || r.s_min) return null;
        if (!events.has(r.subject)) events.set(r.subject, eventDate(store, r));
        return events.get(r.subject)!;
      };
      return sectionsOf(rows, asOf, dateOf, asOf !== undefined ? engineHeld(store, id, asOf) : undefined);
    },
    // The whole list for Japan would add 300 KB to an answer nobody reads whole: only with a part.
    ...(paged || part.statements === "summary"
      ? { references: referencesOf(store, [...entitySources, ...statements.flatMap((s) => s.sources)].map((c) => c.source)) }
      : {}),
    ...(paged ? { page: { total: chosen.length, offset, limit: part.limit ?? null } } : {}),
  };
}

/**
 * A statement the engine set aside whose replacements had all ended by the day has ended with them: "ended",
 * not "may hold" (GGO's open GFCM row of 1992 beside the row the engine reads, ended in 2020).
 */
function endedWithReplacement(v: StatementView, superseded: boolean): StatementView {
  return superseded ? { ...v, phase: "ended", ...(v.holds !== undefined ? { holds: "no" as const } : {}) } : v;
}

function isImported(r: StatementRow): boolean {
  return r.origin.startsWith("dataset:");
}

/**
 * A participation has no date of its own: it takes its event's (so that "14 militarised disputes"
 * can say 1931–2001).
 */
function eventDate(store: Store, r: StatementRow): { from: string | null; to: string | null } | null {
  if (r.p !== "participant" || r.s_min) return null;
  const e = store
    .prepared("SELECT MIN(s_min) AS f, MAX(COALESCE(e_max, s_max, s_min)) AS t FROM statements WHERE subject = ? AND p = 'occurred' AND e_open IS NOT 1")
    .get(r.subject) as { f: string | null; t: string | null } | undefined;
  return e?.f ? { from: e.f, to: e.t ?? e.f } : null;
}

/**
 * Counts per predicate and per dataset, in the order the predicates first appear (date order). `held`
 * (with `asOf`) is the as-of engine's count where `engine` answers for a predicate (Japan's relations
 * with states, agreements in force), so that a page counts what /relations and the lists count; the
 * rows the engine does not stand for are counted one by one, as statements that held that day.
 *
 * @example sectionsOf(rows, "2020-01-01")[0] // { p: "participant", count: 14, curated: 0, datasets: [{ dataset: "conflict", count: 14, … }], … }
 */
export function sectionsOf(
  rows: readonly StatementRow[],
  asOf: string | undefined,
  dateOf: (r: StatementRow) => { from: string | null; to: string | null } | null = () => null,
  engine?: EngineHeld,
): EntitySection[] {
  const out = new Map<Predicate, EntitySection>();
  // A span still running (an open end) has no last date: `to` stays null once one is seen.
  const open = new WeakSet<object>();
  const span = (x: { from: string | null; to: string | null }, r: StatementRow) => {
    const own = dateOf(r);
    const f = own?.from ?? r.s_min;
    if (f && (!x.from || f < x.from)) x.from = f;
    if (r.e_open && f) open.add(x);
    const l = own?.to ?? (r.e_open ? null : (r.e_max ?? r.s_max ?? r.s_min)) ?? f;
    x.to = open.has(x) ? null : l && (!x.to || l > x.to) ? l : x.to;
  };
  for (const r of rows) {
    const def = PREDICATES[r.p];
    let s = out.get(r.p);
    if (!s) {
      s = { p: r.p, label: { en: def.en, ja: def.ja }, count: 0, curated: 0, from: null, to: null, datasets: [] };
      if (asOf !== undefined && def.time === "interval") s.held = engine?.counts[r.p] ?? 0;
      out.set(r.p, s);
    }
    s.count++;
    span(s, r);
    const byEngine = engine?.counts[r.p] !== undefined && engine.covers(r);
    if (s.held !== undefined && !byEngine && r.status !== "rejected" && holdsOnRow(r, asOf!) === "yes") s.held++;
    if (!isImported(r)) {
      s.curated++;
      continue;
    }
    const name = r.origin.slice("dataset:".length);
    let d = s.datasets.find((x) => x.dataset === name);
    if (!d) s.datasets.push((d = { dataset: name, count: 0, from: null, to: null }));
    d.count++;
    span(d, r);
  }
  return [...out.values()];
}

const PHASE_RANK = { held: 0, uncertain: 1, past: 2, undated: 3, later: 4, ended: 5 } as const;

/**
 * The statements a summary keeps: per predicate, curated ones and imported ones that involve Japan
 * (Japan's own dates for a treaty), ranked by whether they involve Japan, were curated and held on the
 * day (a row the engine set aside counts as ended where `superseded` says so), then by whether the entity is their
 * subject; at most PREVIEW each, returned in date order.
 *
 * @example preview(rowsOfChina, "china", "2020-01-01").filter((r) => r.p === "participant").length // ≤ PREVIEW
 */
export function preview(rows: readonly StatementRow[], id: string, asOf: string | undefined, superseded: (r: StatementRow) => boolean = () => false): StatementRow[] {
  const withJapan = (r: StatementRow) => id !== JAPAN && (r.subject === JAPAN || r.object === JAPAN);
  const rank = (r: StatementRow) => {
    const phase = asOf === undefined ? 0 : PHASE_RANK[superseded(r) ? "ended" : phaseOn(r, asOf, PREDICATES[r.p].time === "interval")];
    return (withJapan(r) ? 0 : 100) + (isImported(r) ? 10 : 0) + (r.status === "rejected" ? 6 : phase);
  };
  const byP = new Map<Predicate, { r: StatementRow; i: number; k: number }[]>();
  rows.forEach((r, i) => {
    if (isImported(r) && !withJapan(r)) return;
    const list = byP.get(r.p) ?? [];
    list.push({ r, i, k: rank(r) });
    byP.set(r.p, list);
  });
  // Of equal rank, the entity's own statements first where the predicate has a direction: a dispute's 'concerns'
  // its islands (which its box reads) before the events that concern it, now dated and ahead of it in date order.
  const others = (r: StatementRow) => (r.subject !== id && !(PREDICATES[r.p] as { symmetric?: boolean }).symmetric ? 1 : 0);
  const kept = [...byP.values()].flatMap((list) => list.sort((a, b) => a.k - b.k || others(a.r) - others(b.r) || a.i - b.i).slice(0, PREVIEW));
  return kept.sort((a, b) => a.i - b.i).map((x) => x.r);
}

const referenceCache = new WeakMap<Store, Map<string, Reference>>();

/** The references for `ids` (each once, in first-cited order), read from the sources' own files. */
function referencesOf(store: Store, ids: readonly string[]): Reference[] {
  let cache = referenceCache.get(store);
  if (!cache) referenceCache.set(store, (cache = new Map()));
  const out: Reference[] = [];
  for (const id of new Set(ids)) {
    let ref = cache.get(id);
    if (!ref) {
      const row = store.entityRow(id);
      const b = (row ? JSON.parse(row.body) : {}) as Record<string, unknown>;
      const str = (k: string) => (typeof b[k] === "string" ? (b[k] as string) : null);
      ref = {
        source: id,
        title: row?.name_en ?? id,
        type: str("type"),
        publisher: str("publisher") ?? str("author"),
        date: str("published") ?? str("version"),
        accessed: str("accessed"),
        url: str("url"),
      };
      cache.set(id, ref);
    }
    out.push(ref);
  }
  return out;
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
