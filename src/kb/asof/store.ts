import type { Store, StatementRow } from "../store.js";
import type { TimedFact } from "./facts.js";
import { World, type AgreementInfo, type StateInfo } from "./world.js";

/** Predicates the engine reads; other statements never change an as-of answer. */
const ENGINE_PREDICATES = [
  "exists", "successor-of", "system-member", "diplomatic-relations", "no-relations", "at-war", "recognizes", "alliance",
  "holds-territory", "rules", "occupies", "in-force", "party-to", "signatory-of", "member-of", "observer-of", "holds-office", "administers", "claims",
  "diplomatic-mission",
  // A person's death ends every term they held (officesOfAsOf, officeHoldersAsOf).
  "died",
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

/** The columns `factOfRow` reads, in the order `factOfColumns` takes them. */
const FACT_COLUMNS = ["id", "subject", "p", "object", "role", "via", "status", "origin", "s_min", "s_max", "e_min", "e_max", "e_open", "e_unknown", "time"] as const;
type FactColumns = [
  id: string, subject: string, p: StatementRow["p"], object: string | null, role: string | null, via: string | null, status: StatementRow["status"],
  origin: string, s_min: string | null, s_max: string | null, e_min: string | null, e_max: string | null, e_open: number | null, e_unknown: number | null, time: string | null,
];

/** `factOfRow` of a row read as `FACT_COLUMNS`: the same fact, key for key. */
function factOfColumns([id, subject, p, object, role, via, status, origin, s_min, s_max, e_min, e_max, e_open, e_unknown, time]: FactColumns): TimedFact {
  return factOfRow({ id, subject, p, object, role, via, status, origin, s_min, s_max, e_min, e_max, e_open, e_unknown, time } as StatementRow);
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
  if (!w) memo.set(store, (w = readWorld(store, ENGINE_PREDICATES)));
  return w;
}

/**
 * What `existence` and `agreementAsOf` read: an entity's `exists` statements (`World.factsOf(id, "exists")`) and an
 * agreement's `in-force` ones (`World.inForceOf`), each set's precedence applied among its own statements alone.
 */
const LIFE_PREDICATES = ["exists", "in-force"];

const lifeMemo = new WeakMap<Store, World>();

/**
 * The engine's world of the facts `existence` and `agreementAsOf` read (LIFE_PREDICATES), which answers those two as
 * the whole world does; any other question needs `worldOf`. For a command that asks only these: the standing of
 * `gaiko show`'s open rows read some 5,900 rows for ~790, about 40 ms of every cold `gaiko show`. The whole world
 * where it is already built. test/asof/life-world.test.ts holds the two to the same answers.
 *
 * @example existence(lifeWorldOf(store), "ussr", "2000-01-01").phase // "after"
 */
export function lifeWorldOf(store: Store): World {
  const whole = memo.get(store);
  if (whole) return whole;
  let w = lifeMemo.get(store);
  if (!w) lifeMemo.set(store, (w = readWorld(store, LIFE_PREDICATES)));
  return w;
}

/** A world of every state and agreement and of the statements of `predicates`. */
function readWorld(store: Store, predicates: readonly string[]): World {
  const states = store
    .prepared("SELECT id, json_extract(body, '$.isoNumeric') AS isoNumeric, json_extract(body, '$.statehood') AS statehood FROM entities WHERE kind = 'state'")
    .all() as StateInfo[];
  const agreements = store
    .prepared("SELECT id, type, json_extract(body, '$.scope') AS scope FROM entities WHERE kind = 'agreement'")
    .all() as AgreementInfo[];
  // Only the columns a fact reads, each row as one JSON array made by SQLite (as `statementRows` reads them): read
  // as whole objects (SELECT *), the ~5,800 rows cost a cold `gaiko show japan` about 55 ms, this way about 20.
  const rows = store
    .prepared(`SELECT json_array(${FACT_COLUMNS.join(", ")}) FROM statements WHERE p IN (${predicates.map(() => "?").join(",")})`)
    .pluck(true)
    .all(...predicates) as string[];
  return new World({ states, agreements, facts: rows.map((j) => factOfColumns(JSON.parse(j) as FactColumns)) });
}
