import type { Entity } from "../model/entity.js";
import { AGREEMENT_ENDS, TERRITORY_ROLES } from "../model/predicates.js";
import type { Day } from "../model/time.js";
import { worldOfEntities } from "./asof/entities.js";
import { closedEnd, dayBefore, holds, type TimedFact } from "./asof/facts.js";
import { existence } from "./asof/status.js";
import { sweep, type SweepResult } from "./asof/sweep.js";
import { JAPAN, RELATION_PREDICATES, type World } from "./asof/world.js";
import type { FlatStatement } from "./statements.js";

/** Reports a problem at a statement's first place of writing. */
export type At = (file: string, path: (string | number)[], severity: "error" | "warning", message: string) => void;

const where = (s: FlatStatement, field?: string): [string, (string | number)[]] => {
  const o = s.origins[0]!;
  return [o.file, field ? ["statements", o.index, field] : ["statements", o.index]];
};

/**
 * rule `agreement-end`: an agreement whose force ended says how (AGREEMENT_ENDS), and one superseded
 * names what superseded it, so that no agreement is silently in force or silently over.
 */
export function checkAgreementEnds(statements: readonly FlatStatement[], at: At): void {
  const supersededBy = new Set(statements.filter((s) => s.p === "superseded-by").map((s) => s.subject));
  for (const s of statements) {
    if (s.p !== "in-force" && s.p !== "party-to") continue;
    const end = s.bounds?.end;
    const closed = s.time?.includes("/") && end && !end.open && !end.unknown;
    if (s.role && !(AGREEMENT_ENDS as readonly string[]).includes(s.role)) {
      at(...where(s, "role"), "error", `role "${s.role}" does not say how the agreement ended — use one of: ${AGREEMENT_ENDS.join(", ")}`);
    } else if (closed && !s.role && s.p === "in-force") {
      at(...where(s, "time"), "error", `the agreement's force ended (${s.time}) but not how — add role: one of ${AGREEMENT_ENDS.join(", ")}`);
    } else if (s.role === "superseded" && s.p === "in-force" && !supersededBy.has(s.subject)) {
      at(...where(s, "role"), "warning", `superseded, but by what? — add {p: superseded-by, object: <the new agreement>, time: <the day>}`);
    }
  }
}

/** rule `territory-role`: how a state held another's land is one of TERRITORY_ROLES. */
export function checkTerritoryRoles(statements: readonly FlatStatement[], at: At): void {
  for (const s of statements) {
    if (s.p !== "holds-territory") continue;
    if (!s.role || !(TERRITORY_ROLES as readonly string[]).includes(s.role)) {
      at(...where(s, "role"), "error", `holds-territory needs role: one of ${TERRITORY_ROLES.join(", ")}`);
    }
  }
}

/**
 * rule `event-end-unknown` (TRUTH39): an event whose `occurred` span has an unknown end ("1872-07-09/") may
 * have lasted to any later day, so the lists of events give it for every later year: the María Luz incident of
 * 1872 was listed for 1886, 1896, 1898 and 1935. Give the last day, or the coarsest end the sources support
 * ("1872-07-09/1875-05-29", "1973-10-16/1974"); write "/.." only for an event still going on. A warning, since
 * the sources read may not date the end. Returns the events' `occurred` statements checked.
 */
export function checkEventEnds(entities: readonly Entity[], statements: readonly FlatStatement[], at: At): number {
  const events = new Set(entities.filter((e) => e.kind === "event").map((e) => e.id));
  let checked = 0;
  for (const s of statements) {
    if (s.p !== "occurred" || !events.has(s.subject) || !s.bounds || s.status === "rejected") continue;
    checked++;
    if (!s.bounds.end.unknown) continue;
    at(...where(s, "time"), "warning", `event-end-unknown: ${s.subject} occurred ${s.time}, with no end, so the lists of events give it for every year after — add the last day, or the month or year it ended as the sources give it, or write ${s.time}.. if it still goes on`);
  }
  return checked;
}

/**
 * The sweep over every state and every year (src/kb/asof/sweep.ts), its violations reported as lint
 * errors at the statement (or the state's file) they concern.
 */
export function checkSweep(entities: readonly Entity[], statements: readonly FlatStatement[], today: Day, at: At): SweepResult {
  const result = sweep(worldOfEntities(entities, statements), { today });
  const byId = new Map(statements.map((s) => [s.id, s]));
  const fileOf = new Map(entities.map((e) => [e.id, e.origin]));
  for (const v of result.violations) {
    const s = v.facts.map((f) => byId.get(f.id)).find(Boolean);
    if (s) at(...where(s, "time"), "error", `${v.rule}: ${v.message}`);
    else at(fileOf.get(v.state) ?? "data/states", ["statements"], "error", `${v.rule}: ${v.message}`);
  }
  return result;
}

/** Predicates whose subject, where it is a state, must exist on every day the statement holds. */
const HOLDER_PREDICATES: readonly string[] = ["administers", "occupies", "claims"];

/**
 * rule `party-outside-existence` (TRUTH37): a state that administers, occupies or claims a place, and each
 * state party of a relation (diplomatic relations, war, alliance, recognition, a recorded absence of relations),
 * existed on every day the statement certainly holds. The sweep already checks each state's relations with Japan
 * (`span-outside-existence`); this covers the holders of places and the relations between two other states,
 * which the per-state sweep does not read. The days checked are the span's first and last certain days and
 * every day a party's existence ended inside the span (a gap), so a statement that outlives its state, or
 * starts before it, is caught wherever the break falls. Undated statements, rejected ones and states with no
 * dated existence (reported by `state-without-existence`) are not checked. Returns the statements checked.
 */
export function checkPartiesExist(entities: readonly Entity[], statements: readonly FlatStatement[], today: Day, at: At): number {
  const world = worldOfEntities(entities, statements);
  let checked = 0;
  for (const s of statements) {
    if (!s.bounds || s.status === "rejected") continue;
    const relation = (RELATION_PREDICATES as readonly string[]).includes(s.p);
    if (!relation && !HOLDER_PREDICATES.includes(s.p)) continue;
    // Japan's own relations are swept state by state (span-outside-existence).
    if (relation && (s.subject === JAPAN || s.object === JAPAN)) continue;
    const parties = (relation ? [s.subject, s.object] : [s.subject]).filter((id): id is string => !!id && world.states.has(id));
    if (!parties.length) continue;
    checked++;
    const fact = asFact(s);
    for (const party of parties) {
      const day = firstDayGone(world, fact, party, today);
      if (!day) continue;
      const ex = existence(world, party, day);
      const why = ex.phase === "before" ? "it began later" : ex.phase === "between" ? `between two spans of its existence${ex.since ? `, after ${ex.since}` : ""}` : `it had ended${ex.since ? ` on ${ex.since}` : ""}`;
      at(...where(s, "time"), "error", `party-outside-existence: ${s.p} ${s.subject}${s.object ? ` → ${s.object}` : ""} holds on ${day}, when ${party} did not exist (${why}) — date the span within ${party}'s existence (its \`exists\` statements), or fix those dates, with a source`);
      break;
    }
  }
  return checked;
}

function asFact(s: FlatStatement): TimedFact {
  return { id: s.id, subject: s.subject, p: s.p, object: s.object ?? null, role: s.role ?? null, via: s.via ?? null, status: s.status, curated: true, bounds: s.bounds ?? null, time: s.time ?? null };
}

/** The first day among the span's first and last certain days and its party's existence breaks on which the fact holds and the party did not exist. */
function firstDayGone(world: World, f: TimedFact, party: string, today: Day): Day | undefined {
  const ex = world.factsOf(party, "exists").filter((e) => e.bounds);
  if (!ex.length) return undefined;
  const b = f.bounds!;
  const first = b.start.max;
  const end = closedEnd(f);
  const last = end ? dayBefore(b.end.min) : today;
  const breaks = ex.map((e) => closedEnd(e)).filter((d): d is Day => d !== null && d > first && d < last);
  for (const day of [first, ...breaks.sort(), last]) {
    if (day > today || day < "1850-01-01") continue;
    if (holds(f, day) !== "yes") continue;
    if (existence(world, party, day).exists === "no") return day;
  }
  return undefined;
}
