import type { GraphResult } from "../model/results.js";
import type { Kind } from "../model/ids.js";
import { OPEN_START } from "../model/time.js";
import { agreementAsOf } from "./asof/agreements.js";
import { membershipsAsOf } from "./asof/holdings.js";
import { decideStatus, existence } from "./asof/status.js";
import { worldOf } from "./asof/store.js";
import { JAPAN, RELATION_PREDICATES, type World } from "./asof/world.js";
import { nameOnDay } from "./asof/names.js";
import { holdsOnRow, type Store, type StatementRow } from "./store.js";

/** Relations drawn in the network: those that hold over time between actors and agreements. */
export const GRAPH_PREDICATES = [
  "diplomatic-relations", "alliance", "at-war", "recognizes", "member-of", "observer-of", "party-to",
  "occupies", "rules", "administers", "claims", "sanctions",
] as const;

/** Ties drawn between two entities other than Japan, once both are reached from Japan. */
const AMONG: readonly string[] = ["alliance", "member-of", "party-to", "at-war", "claims", "administers", "occupies"];

export interface GraphOptions {
  kinds?: Kind[];
  predicates?: string[];
}

/**
 * Japan's ties as of `day`: every relation involving Japan that held (or may have held) that day, and
 * the alliance, war, membership and treaty ties among the entities so reached, with other states'
 * claims to, hold on or occupation of a place tied to Japan (so a dispute shows both sides). An edge is
 * `certain` when its dates put the day squarely inside it; `start` is the earliest its source allows
 * (null when unknown or open: Joseon's relations with Japan have no recorded beginning).
 *
 * @example graphAsOf(store, "1975-01-01").nodes.length
 */
export function graphAsOf(store: Store, day: string, opts: GraphOptions = {}): GraphResult {
  const world = worldOf(store);
  const preds = GRAPH_PREDICATES.filter((p) => !opts.predicates || opts.predicates.includes(p));
  const rows = store
    .prepared(`SELECT * FROM statements WHERE p IN (${preds.map(() => "?").join(",")}) AND status != 'rejected' AND object IS NOT NULL`)
    .all(...preds) as StatementRow[];
  // Every tie is asked of the as-of engine: a relation with Japan only where it decides the state's
  // status that day, a treaty tie only while the treaty is in force, nothing with an entity that did
  // not exist then.
  const basis = new Map<string, Set<string>>();
  const decides = (state: string, id: string) => {
    let b = basis.get(state);
    if (!b) basis.set(state, (b = new Set(decideStatus(world, state, day).basis.map((f) => f.id))));
    return b.has(id);
  };
  const existed = (id: string) => existence(world, id, day).exists !== "no";
  // A membership tie only where the engine reads that statement as holding (membershipsAsOf, by which the
  // entity's page and the memberships list answer): an undated row ("Japan is a member of the G7", from a seed)
  // is no evidence for a day, and had drawn Japan's G7 and G20 ties in 1863 and 1894 (TRUTH40).
  const memberships = new Map<string, Set<string>>();
  const heldMembership = (r: StatementRow) => {
    let ids = memberships.get(r.subject);
    if (!ids) {
      const m = membershipsAsOf(world, r.subject, day);
      memberships.set(r.subject, (ids = new Set([...m.member, ...m.observer].flatMap((h) => h.basis.map((f) => f.id)))));
    }
    return ids.has(r.id);
  };
  const holding = rows
    .map((r) => ({ r, h: holdsOnRow(r, day) }))
    .filter(({ r, h }) => {
      if (h === "no" || !existed(r.subject) || !existed(r.object!)) return false;
      const other = r.subject === JAPAN ? r.object! : r.object === JAPAN ? r.subject : null;
      if (other && (RELATION_PREDICATES as readonly string[]).includes(r.p) && world.states.has(other)) return decides(other, r.id);
      // A party tie only where the engine reads that party-to statement (a dataset row it set aside, as GGO's open
      // GFCM row for Japan beside the one ending with its 2020 withdrawal, is not) and the treaty is in force:
      // the test of `partyInForce`, by which Japan's page and the agreements list count.
      if (r.p === "party-to") return isPartyFact(world, r) && agreementAsOf(world, r.object!, day).state === "in-force";
      if (r.p === "member-of" || r.p === "observer-of") return heldMembership(r);
      return true;
    });
  const kindOk = (id: string) => !opts.kinds || opts.kinds.includes(store.ref(id)?.kind ?? "source");
  const ego = holding.filter((x) => (x.r.subject === JAPAN || x.r.object === JAPAN) && kindOk(x.r.subject) && kindOk(x.r.object!));
  const nodes = new Set<string>([JAPAN]);
  for (const { r } of ego) [r.subject, r.object!].forEach((n) => nodes.add(n));
  const among = holding.filter(
    (x) => x.r.subject !== JAPAN && x.r.object !== JAPAN && nodes.has(x.r.subject) && nodes.has(x.r.object!) && AMONG.includes(x.r.p),
  );
  const edges = [...ego, ...among].map(({ r, h }) => ({ id: r.id, source: r.subject, target: r.object!, p: r.p, certain: h === "yes", start: r.s_min === OPEN_START ? null : r.s_min }));
  const degree = new Map<string, number>();
  for (const e of edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
  return {
    release: store.release,
    builtAt: store.builtAt,
    asOf: day,
    nodes: [...nodes].map((id) => node(store, id, day, degree.get(id) ?? 0)).sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id)),
    edges,
  };
}

/** Whether the engine reads this party-to statement as its party's (not set aside for another of the same party). */
function isPartyFact(world: World, r: StatementRow): boolean {
  return (world.partiesOf(r.object!).get(r.subject) ?? []).some((f) => f.id === r.id);
}

/** A node: the entity, its number of ties, and the name it went by on the day when that differs. */
function node(store: Store, id: string, day: string, degree: number): GraphResult["nodes"][number] {
  const then = nameOnDay(store, id, day);
  return { ...store.ref(id)!, degree, ...(then ? { nameOnDay: then } : {}) };
}
