import type { RelationStatus } from "../../model/results.js";
import type { Day } from "../../model/time.js";
import { endText, lastEnded, startText, type TimedFact } from "./facts.js";
import { bestHolding, type World } from "./world.js";

/** Whether a state existed on a day, and the statements that say so. */
export interface Existence {
  /** "yes"/"no"/"uncertain" from `exists` statements; "undated" when the state has none. */
  exists: "yes" | "no" | "uncertain" | "undated";
  /** Before its first existence, after its last, or between two spans. */
  phase: "before" | "during" | "after" | "between" | "undated";
  since: string | null;
  basis: TimedFact[];
}

/** Japan's relationship with one state on one day, and every statement the answer rests on. */
export interface StatusAnswer {
  status: RelationStatus;
  certain: boolean;
  since: string | null;
  alliance: boolean;
  /** The statements that decide the status (and the alliance); empty only for "unknown". */
  basis: TimedFact[];
  /** A deciding statement is contested. */
  contested: boolean;
}

/**
 * Whether `state` existed on `day`, from its `exists` statements.
 *
 * @example existence(world, "manchukuo", "1950-01-01").phase // "after"
 */
export function existence(world: World, state: string, day: Day): Existence {
  const ex = world.factsOf(state, "exists").filter((f) => f.bounds);
  if (!ex.length) return { exists: "undated", phase: "undated", since: null, basis: [] };
  const best = bestHolding(ex, day);
  if (best) return { exists: best.certain ? "yes" : "uncertain", phase: "during", since: startText(best.fact), basis: [best.fact] };
  const before = ex.every((f) => day < f.bounds!.start.min);
  if (before) return { exists: "no", phase: "before", since: null, basis: ex };
  const last = lastEnded(ex, day);
  const later = ex.some((f) => f.bounds!.start.min > day);
  return { exists: "no", phase: later ? "between" : "after", since: last ? endText(last) : null, basis: last ? [last] : ex };
}

/**
 * Japan's relationship with `state` on `day`. In order: a state that did not exist that day; at war;
 * diplomatic relations; recognised without relations; a recorded absence of relations; relations that
 * had ended ("severed"); relations that came only later ("none"); never established ("never", from a
 * `no-relations` statement still running); and "unknown" where nothing is recorded.
 *
 * @example decideStatus(world, "china", "1972-09-29").status // "diplomatic-relations"
 */
export function decideStatus(world: World, state: string, day: Day): StatusAnswer {
  const ex = existence(world, state, day);
  if (ex.exists === "no") {
    return { status: ex.phase === "before" ? "not-yet-existing" : "no-longer-existing", certain: true, since: ex.since, alliance: false, basis: ex.basis, contested: false };
  }
  const surely = ex.exists !== "uncertain";
  const allied = bestHolding(world.factsOf(state, "alliance"), day);
  const alliance = allied?.certain === true;
  const answer = (status: RelationStatus, fact: TimedFact, certain: boolean, since: string | null, extra: TimedFact[] = []): StatusAnswer => {
    const basis = [fact, ...extra, ...(alliance && allied ? [allied.fact] : []), ...ex.basis];
    return { status, certain: certain && surely, since, alliance, basis, contested: basis.some((f) => f.status === "contested") };
  };
  // Between war and relations, a certain answer wins over an uncertain one: relations known to hold
  // on the day beat a war whose start is known only to the year. Recognition comes only after both.
  const ranked = (["at-war", "diplomatic-relations", "recognizes"] as const).map((p) => ({ p, best: bestHolding(world.factsOf(state, p), day) }));
  const pick = ranked.slice(0, 2).find((r) => r.best?.certain) ?? ranked.find((r) => r.best);
  if (pick?.best) {
    const status = pick.p === "recognizes" ? "recognized-no-relations" : pick.p;
    return answer(status, pick.best.fact, pick.best.certain, startText(pick.best.fact));
  }
  const rel = world.factsOf(state, "diplomatic-relations").filter((f) => f.bounds);
  const later = rel.filter((f) => f.bounds!.start.min > day);
  const absent = bestHolding(world.factsOf(state, "no-relations"), day);
  const last = lastEnded(rel, day);
  if (last) return answer("severed", last, true, endText(last), absent ? [absent.fact] : []);
  if (later.length) return answer("none", later[0]!, true, null, absent ? [absent.fact] : []);
  if (absent) return answer("never", absent.fact, absent.certain, startText(absent.fact));
  return { status: "unknown", certain: false, since: null, alliance, basis: [], contested: false };
}
