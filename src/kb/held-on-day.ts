import type { Predicate } from "../model/predicates.js";
import type { Day } from "../model/time.js";
import { agreementAsOf } from "./asof/agreements.js";
import { holds } from "./asof/facts.js";
import { membersAsOf } from "./asof/holdings.js";
import { decideStatus, existence } from "./asof/status.js";
import { worldOf } from "./asof/store.js";
import { JAPAN, type World } from "./asof/world.js";
import type { Store, StatementRow } from "./store.js";

/** Japan's relations with a state that the engine decides a status from, and the status each counts as. */
const RELATION_STATUS = { "diplomatic-relations": "diplomatic-relations", "at-war": "at-war" } as const;

/**
 * What the as-of engine says held for an entity on a day, as counts per predicate, and which statement
 * rows those counts stand for. An entity page's `sections[].held` reads these where the engine answers
 * (so that Japan's page counts the states /relations and the map count), and counts the remaining rows
 * statement by statement.
 */
export interface EngineHeld {
  counts: Partial<Record<Predicate, number>>;
  /** Whether a row is one the engine's count stands for (so it is not counted again as a statement). */
  covers(r: StatementRow): boolean;
}

/**
 * The engine's counts for `id` on `day`:
 * - `diplomatic-relations`, `at-war`: the states whose relationship with Japan the engine decides as that
 *   status on the day (for Japan, every state; for another state, its own relationship with Japan, 0 or 1);
 *   an undated statement counts as the engine reads it (a relationship that may hold, `certain: false`);
 * - `alliance`: the states the engine says were allied with Japan;
 * - `party-to`: the agreements the entity is party to that the engine says were in force (`agreementAsOf`),
 *   while the party existed and its own party-to statement does not say it had left or not yet joined.
 * - `member-of`, `observer-of` (an organisation): its members and observers the engine names for the day
 *   (`membersAsOf`), counted when certain.
 *
 * @example engineHeld(store, "japan", "2026-12-06").counts["diplomatic-relations"] // 195, as /relations counts
 */
export function engineHeld(store: Store, id: string, day: Day): EngineHeld {
  const world = worldOf(store);
  const counts: Partial<Record<Predicate, number>> = {};
  const isState = world.states.has(id);
  if (isState) Object.assign(counts, relationCounts(world, id, day));
  counts["party-to"] = agreementsInForceFor(world, id, day);
  // An organisation's members and observers on the day, as the engine names them (`membersAsOf`).
  const members = isState ? null : membersAsOf(world, id, day);
  if (members) {
    counts["member-of"] = members.member.filter((m) => m.certain).length;
    counts["observer-of"] = members.observer.filter((m) => m.certain).length;
  }
  return {
    counts,
    covers: (r) =>
      r.p === "party-to" ? r.subject === id
      : r.p === "member-of" || r.p === "observer-of" ? members !== null && r.object === id
      : isState && isRelationPair(world, r, id),
  };
}

/** A Japan–state relation row about `id`, one the engine reads per state. */
function isRelationPair(world: World, r: StatementRow, id: string): boolean {
  if (!(r.p in RELATION_STATUS) && r.p !== "alliance") return false;
  if (r.subject !== id && r.object !== id) return false;
  const other = r.subject === JAPAN ? r.object : r.object === JAPAN ? r.subject : null;
  return other !== null && other !== JAPAN && world.states.has(other);
}

function relationCounts(world: World, id: string, day: Day): Partial<Record<Predicate, number>> {
  const states = id === JAPAN ? [...world.states.keys()].filter((s) => s !== JAPAN) : [id];
  const out = { "diplomatic-relations": 0, "at-war": 0, alliance: 0 };
  for (const s of states) {
    const a = decideStatus(world, s, day);
    if (a.status === RELATION_STATUS["diplomatic-relations"]) out["diplomatic-relations"]++;
    if (a.status === RELATION_STATUS["at-war"]) out["at-war"]++;
    if (a.alliance) out.alliance++;
  }
  return out;
}

/** The agreements `party` is party to that were in force on `day`, by the engine. */
function agreementsInForceFor(world: World, party: string, day: Day): number {
  if (existence(world, party, day).exists === "no") return 0;
  let n = 0;
  for (const id of world.agreements.keys()) if (partyInForce(world, id, party, day)) n++;
  return n;
}

/**
 * Whether `party` was a party to agreement `id` while it was in force on `day`: its own party-to statement
 * holds then (an undated one may hold on any day, as the engine reads undated facts) and the engine says the
 * agreement was in force. The one test behind an entity page's count of agreements in force and the
 * agreements list filtered by a party and a day, so the two always agree.
 *
 * @example partyInForce(world, "international-convention-for-the-regulation-of-whaling", "japan", "2026-12-06") // false: Japan left in 2019
 */
export function partyInForce(world: World, id: string, party: string, day: Day): boolean {
  return partyOn(world, id, party, day) && agreementAsOf(world, id, day).state === "in-force";
}

/**
 * Whether `party`'s own party-to statement for agreement `id` holds on `day` (an undated one may hold on any
 * day) and the party existed that day: `partyInForce` without asking the engine where the agreement stood, for a
 * caller that already has that answer (the agreements list). A party that had ceased to exist is party to nothing
 * (the Korean Empire, whose undated party-to of the annexation treaty of 1910 had listed it in force with Korea in
 * 1936), as `agreementsInForce` keeps a bilateral agreement in force with a partner only while the partner exists.
 *
 * @example partyOn(world, "international-convention-for-the-regulation-of-whaling", "japan", "2026-12-06") // false
 * @example partyOn(world, "japan-korea-annexation-treaty-1910", "korean-empire", "1936-07-28") // false
 */
export function partyOn(world: World, id: string, party: string, day: Day): boolean {
  return (world.partiesOf(id).get(party) ?? []).some((f) => f.p === "party-to" && holds(f, day) !== "no") && existence(world, party, day).exists !== "no";
}
