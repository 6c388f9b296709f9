import type { RelationRow, RelationsResult, TerritoryRow } from "../model/results.js";
import { agreementsInForce } from "./asof/agreements.js";
import { administrationAsOf } from "./asof/holdings.js";
import { decideStatus } from "./asof/status.js";
import { worldOf } from "./asof/store.js";
import { territoryHolder } from "./asof/territory.js";
import { JAPAN } from "./asof/world.js";
import { nameOnDay } from "./asof/names.js";
import type { Store } from "./store.js";

export { JAPAN };

/**
 * Japan's relationship with every state on `day`, from the one as-of engine (src/kb/asof): status and
 * since when, whether allied, the bilateral agreements in force, who held the state's map shape when
 * it did not exist, and the statements each answer rests on. `certain` is false when a fuzzy date
 * bound (a bare year, say) covers the day.
 *
 * @example relationsAsOf(store, "1972-09-30").relations.find(r => r.state.id === "china")?.status // "diplomatic-relations"
 */
export function relationsAsOf(store: Store, day: string): RelationsResult {
  const world = worldOf(store);
  const agreements = agreementsInForce(world, day);
  const states = store
    .prepared("SELECT id FROM entities WHERE kind = 'state' AND id != ? ORDER BY name_en")
    .all(JAPAN) as { id: string }[];
  const relations: RelationRow[] = states.map(({ id }) => relationRow(store, id, day, agreements));
  const counts: Record<string, number> = {};
  for (const r of relations) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return { release: store.release, builtAt: store.builtAt, asOf: day, counts, relations, territories: territoriesAsOf(store, day) };
}

/**
 * Who held each territory that is a place with an ISO code (the Northern Mariana Islands, Guam, Macau) on `day`: the
 * engine's administrator of the place (`administrationAsOf`), the same answer its entity page gives; null where
 * data/ records none that day (New Caledonia before 1853).
 *
 * @example territoriesAsOf(store, "1930-01-01").find((t) => t.place.id === "northern-mariana-islands")?.holder?.state.id // "japan"
 */
function territoriesAsOf(store: Store, day: string): TerritoryRow[] {
  const world = worldOf(store);
  const places = store
    .prepared("SELECT id, json_extract(body, '$.isoNumeric') AS iso FROM entities WHERE kind = 'place' AND json_extract(body, '$.isoNumeric') IS NOT NULL ORDER BY id")
    .all() as { id: string; iso: string }[];
  return places.map(({ id, iso }) => {
    const a = administrationAsOf(world, id, day).administrator;
    const fact = a?.basis[0];
    const via = fact?.p === "administers" || fact?.p === "occupies" || fact?.p === "rules" ? fact.p : null;
    return {
      place: store.ref(id)!,
      isoNumeric: iso,
      holder:
        a && via
          ? { state: store.ref(a.id)!, role: a.role ?? (via === "occupies" ? "occupation" : null), via, since: a.since, certain: a.certain, basis: a.basis.map((f) => f.id) }
          : null,
    };
  });
}

/**
 * One state's row of `relationsAsOf` (the entity page asks for it alone).
 *
 * @example relationRow(store, "china", "1970-01-01").status // "none"
 */
export function relationRow(store: Store, id: string, day: string, agreements = agreementsInForce(worldOf(store), day)): RelationRow {
  const world = worldOf(store);
  const s = decideStatus(world, id, day);
  const t = territoryHolder(world, id, day);
  const then = nameOnDay(store, id, day);
  return {
    state: store.ref(id)!,
    isoNumeric: world.states.get(id)?.isoNumeric ?? null,
    status: s.status,
    certain: s.certain,
    since: s.since,
    alliance: s.alliance,
    agreements: (agreements.get(id) ?? []).map((a) => ({ ...store.ref(a.id)!, type: a.type, inForceSince: a.since })),
    statements: world.allFactsOf(id).map((f) => f.id),
    basis: s.basis.map((f) => f.id),
    contested: s.contested,
    territory: t ? { holder: store.ref(t.holder)!, role: t.role, since: t.since, certain: t.certain, basis: t.basis.map((f) => f.id) } : null,
    ...(then ? { nameOnDay: then } : {}),
  };
}
