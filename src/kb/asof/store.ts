import type { Store, StatementRow } from "../store.js";
import type { TimedFact } from "./facts.js";
import { World, type AgreementInfo, type StateInfo } from "./world.js";

/** Predicates the engine reads; other statements never change an as-of answer. */
const ENGINE_PREDICATES = [
  "exists", "successor-of", "system-member", "diplomatic-relations", "no-relations", "at-war", "recognizes", "alliance",
  "holds-territory", "rules", "occupies", "in-force", "party-to", "signatory-of", "member-of", "observer-of", "holds-office", "administers", "claims",
  "diplomatic-mission",
];

/**
 * A statement row of the built store as an engine fact.
 *
 * @example factOfRow(store.prepared("SELECT * FROM statements LIMIT 1").get() as StatementRow).curated
 */
export function factOfRow(r: StatementRow): TimedFact {
  const bounds = r.s_min && r.s_max && r.e_min && r.e_max
    ? { start: { min: r.s_min, max: r.s_max }, end: { min: r.e_min, max: r.e_max, open: r.e_open === 1, unknown: r.e_unknown === 1 } }
    : null;
  return { id: r.id, subject: r.subject, p: r.p, object: r.object, role: r.role, via: r.via, status: r.status, curated: !r.origin.startsWith("dataset:"), bounds, time: r.time };
}

const memo = new WeakMap<Store, World>();

/**
 * The as-of engine over a built store, read once per store (a store is read-only, so it cannot go stale).
 * Every view — CLI, API, map, entity pages, network, timeline — asks this one world.
 *
 * @example decideStatus(worldOf(store), "china", "1970-01-01").status // "none"
 */
export function worldOf(store: Store): World {
  let w = memo.get(store);
  if (w) return w;
  const states = store
    .prepared("SELECT id, json_extract(body, '$.isoNumeric') AS isoNumeric, json_extract(body, '$.statehood') AS statehood FROM entities WHERE kind = 'state'")
    .all() as StateInfo[];
  const agreements = store
    .prepared("SELECT id, type, json_extract(body, '$.scope') AS scope FROM entities WHERE kind = 'agreement'")
    .all() as AgreementInfo[];
  const rows = store
    .prepared(`SELECT * FROM statements WHERE p IN (${ENGINE_PREDICATES.map(() => "?").join(",")})`)
    .all(...ENGINE_PREDICATES) as StatementRow[];
  w = new World({ states, agreements, facts: rows.map(factOfRow) });
  memo.set(store, w);
  return w;
}
