import type { SeriesCatalog, SeriesInfo, SeriesResult } from "../model/lists.js";
import { SERIES_CATALOG, type SeriesMeta } from "./series-catalog.js";
import type { Store } from "./store.js";
import { loadVotes, measures, pairSeries } from "./votes.js";

/** A series name the database does not hold. */
export class NoSeriesError extends Error {}

/** The yearly agreement of every state's UN votes with Japan's, computed from the roll calls (not stored). */
export const VOTE_AGREEMENT = "unga-agreement-with-japan";
const VOTE_META: SeriesMeta = {
  title: "UN General Assembly vote agreement with Japan", unit: "share of roll calls (0 to 1; an abstention against yes or no counts ½)", scope: "dyad",
  description: "How often the partner voted as Japan did in the UN General Assembly each year, computed from the roll calls (the same figure as `gaiko votes agreement`).",
};

export interface SeriesFilter {
  state?: string;
  from?: number;
  to?: number;
}

interface Extent { indicator: string; source_id: string; entities: number; points: number; first: number; last: number }

const catalogs = new WeakMap<Store, SeriesInfo[]>();

function sourceOf(store: Store, id: string): SeriesInfo["source"] {
  const c = store.citation(id, null);
  const body = store.entityRow(id)?.body;
  const b = body ? (JSON.parse(body) as { publisher?: string; citation?: string }) : {};
  return { id, title: c.title, url: c.url, publisher: b.publisher ?? null, citation: b.citation ?? null };
}

function info(store: Store, name: string, meta: SeriesMeta | undefined, e: Omit<Extent, "indicator">): SeriesInfo {
  const m = meta ?? { title: name, unit: "unknown", scope: "state" as const, description: "not described in src/kb/series-catalog.ts" };
  return { name, ...m, source: sourceOf(store, e.source_id), entities: e.entities, points: e.points, from: e.first, to: e.last };
}

/**
 * Every numeric series the database holds, with its unit, scope, source and years; read once per store.
 *
 * @example seriesCatalog(store).series.find((s) => s.name === "sipri-military-expenditure")?.unit
 */
export function seriesCatalog(store: Store): SeriesCatalog {
  let list = catalogs.get(store);
  if (!list) {
    const rows = store
      .prepared(`SELECT indicator, min(source_id) AS source_id, count(DISTINCT entity_id || '>' || coalesce(partner_id, '')) AS entities, count(*) AS points,
        min(year) AS first, max(year) AS last FROM series GROUP BY indicator ORDER BY indicator`)
      .all() as Extent[];
    list = rows.map((r) => info(store, r.indicator, SERIES_CATALOG[r.indicator], r));
    const votes = store.prepared("SELECT count(*) AS n, min(year) AS first, max(year) AS last, min(source_id) AS source_id FROM rollcalls").get() as { n: number; first: number; last: number; source_id: string };
    if (votes.n > 0) {
      const states = loadVotes(store).states.length;
      list.push(info(store, VOTE_AGREEMENT, VOTE_META, { source_id: votes.source_id, entities: states - 1, points: votes.n, first: votes.first, last: votes.last }));
    }
    catalogs.set(store, list);
  }
  return { release: store.release, builtAt: store.builtAt, series: list };
}

/**
 * One series' values, by entity (and partner) then year: `state` keeps rows where that state is the
 * entity or the partner, `from`/`to` bound the years. Throws NoSeriesError for a name not held.
 *
 * @example seriesValues(store, "sipri-military-expenditure", { state: "japan", from: 2000, to: 2010 }).points.length // 11
 */
export function seriesValues(store: Store, name: string, f: SeriesFilter = {}): SeriesResult {
  const meta = seriesCatalog(store).series.find((s) => s.name === name);
  if (!meta) throw new NoSeriesError(`no series "${name}"; gaiko series lists them`);
  const points = name === VOTE_AGREEMENT ? votePoints(store, f) : storedPoints(store, name, f);
  return {
    release: store.release, builtAt: store.builtAt, series: meta,
    filters: { state: f.state ?? null, from: f.from ?? null, to: f.to ?? null },
    total: points.length, points,
  };
}

type PointRow = { entity_id: string; partner_id: string | null; year: number; value: number; locator: string | null };

function storedPoints(store: Store, name: string, f: SeriesFilter): SeriesResult["points"] {
  const cols = "SELECT entity_id, partner_id, year, value, locator FROM series";
  const years = "(@from IS NULL OR year >= @from) AND (@to IS NULL OR year <= @to)";
  // One state: the entity and the partner indexes each answer half (an OR of the two would scan the table).
  const sql = f.state
    ? `${cols} WHERE entity_id = @state AND indicator = @name AND ${years}
       UNION ALL ${cols} WHERE partner_id = @state AND indicator = @name AND entity_id != @state AND ${years}
       ORDER BY entity_id, partner_id, year`
    : `${cols} WHERE indicator = @name AND ${years} ORDER BY entity_id, partner_id, year`;
  const rows = store.prepared(sql).all({ name, state: f.state ?? null, from: f.from ?? null, to: f.to ?? null }) as PointRow[];
  return rows.map((r) => ({
    entity: ref(store, r.entity_id), partner: r.partner_id ? ref(store, r.partner_id) : null, year: r.year, value: r.value, locator: r.locator,
  }));
}

function votePoints(store: Store, f: SeriesFilter): SeriesResult["points"] {
  const data = loadVotes(store);
  const partners = f.state ? [f.state] : data.states.filter((s) => s !== "japan");
  if (!data.index.has("japan")) return [];
  return partners.flatMap((p) =>
    data.index.has(p) && p !== "japan"
      ? pairSeries(data, "japan", p, { from: f.from, to: f.to }, "year")
          .filter((s) => s.n > 0)
          .map((s) => ({ entity: ref(store, "japan"), partner: ref(store, p), year: s.period, value: measures(s).agreement!, locator: `${s.n} roll call${s.n === 1 ? "" : "s"}` }))
      : [],
  );
}

function ref(store: Store, id: string) {
  return store.ref(id) ?? { id, kind: "state" as const, name: { en: id, ja: null } };
}
