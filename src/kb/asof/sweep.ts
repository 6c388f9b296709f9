import type { Day } from "../../model/time.js";
import { closedEnd, dayBefore, holds, runsOn, type TimedFact } from "./facts.js";
import { existence, decideStatus } from "./status.js";
import { JAPAN, RELATION_PREDICATES, type World } from "./world.js";

/** One broken invariant: what is wrong, the fix, and the statements (or the state) it is about. */
export interface Violation {
  rule: string;
  state: string;
  facts: TimedFact[];
  message: string;
}

/** What a sweep looked at and found. */
export interface SweepResult {
  states: number;
  days: number;
  /** State-days whose status was decided. */
  checked: number;
  counts: Record<string, number>;
  violations: Violation[];
}

export interface SweepOptions {
  /** The last day swept (a parameter: library code never reads the clock). */
  today: Day;
  /** The first year swept. */
  fromYear?: number;
}

/** Statements with Japan that must lie within the partner's existence. */
const SPAN_PREDICATES = [...RELATION_PREDICATES, "party-to"] as const;
/** Pairs of statuses that cannot both hold on one day unless a statement is contested. */
const INCOMPATIBLE: [string, string][] = [["at-war", "diplomatic-relations"], ["diplomatic-relations", "no-relations"], ["at-war", "alliance"]];

/**
 * The time invariants, checked over every state on every swept day (1 January of each year from 1850
 * to `today`, plus the first and last day of every span): every state has a dated existence; no span of a state's relation with Japan
 * outside the state's existence; no open span on a state that ended; no two contradictory statuses on
 * one day unless contested; every status traced to a statement, so no state — above all no current
 * UN member — is "unknown" on a day it existed.
 *
 * @example sweep(world, { today: "2026-12-05" }).violations.length // 0 on data/
 */
export function sweep(world: World, opts: SweepOptions): SweepResult {
  const years: Day[] = [];
  for (let y = opts.fromYear ?? 1850; y <= Number(opts.today.slice(0, 4)); y++) years.push(`${y}-01-01`);
  const violations: Violation[] = [];
  const counts: Record<string, number> = {};
  let checked = 0;
  const allDays = new Set<Day>(years);
  for (const state of world.states.keys()) {
    if (state === JAPAN) continue;
    const facts = spanFacts(world, state);
    const days = new Set(years);
    for (const f of facts) for (const d of edges(f, opts.today)) days.add(d);
    for (const d of days) allDays.add(d);
    if (!world.factsOf(state, "exists").some((f) => f.bounds)) {
      violations.push({ rule: "state-without-existence", state, facts: [], message: `${state} has no dated existence — add {p: exists, time: "<founding or independence>/<end or ..>"} with a source (".." as the start only for a state much older than 1850)` });
    }
    violations.push(...openSpansOnEndedState(world, state, facts, opts.today));
    violations.push(...spansOutsideExistence(world, state, facts, opts.today));
    const reported = new Set<string>();
    for (const day of [...days].sort()) {
      if (day > opts.today) continue;
      const s = decideStatus(world, state, day);
      checked++;
      counts[s.status] = (counts[s.status] ?? 0) + 1;
      if (s.status === "unknown" && !reported.has("unknown")) {
        reported.add("unknown");
        violations.push(unknownStatus(world, state, day));
      }
      const clash = contradiction(facts, day);
      if (clash && !reported.has(clash.rule + clash.facts.map((f) => f.id).join())) {
        reported.add(clash.rule + clash.facts.map((f) => f.id).join());
        violations.push({ ...clash, state });
      }
    }
  }
  return { states: world.states.size - 1, days: allDays.size, checked, counts, violations };
}

function spanFacts(world: World, state: string): TimedFact[] {
  const out: TimedFact[] = [];
  for (const p of RELATION_PREDICATES) out.push(...world.factsOf(state, p));
  for (const [id] of world.bilateralAgreements()) {
    const parties = world.partiesOf(id);
    for (const f of parties.get(state) ?? []) if (f.p === "party-to") out.push(f);
  }
  return out.filter((f) => f.bounds && SPAN_PREDICATES.includes(f.p as (typeof SPAN_PREDICATES)[number]));
}

/** The first and last certain days of a span, where a sweep by years could step over it. */
function edges(f: TimedFact, today: Day): Day[] {
  const b = f.bounds!;
  const first = b.start.max;
  const end = closedEnd(f);
  const last = end ? dayBefore(b.end.min) : today;
  return [first, last].filter((d) => d >= "1850-01-01" && d <= today && d >= first);
}

/** rule `open-span-on-ended-state`: a state that ended cannot have relations still running. */
function openSpansOnEndedState(world: World, state: string, facts: TimedFact[], today: Day): Violation[] {
  const ex = existence(world, state, today);
  if (ex.exists !== "no") return [];
  return facts
    .filter((f) => runsOn(f) && f.curated)
    .map((f) => ({
      rule: "open-span-on-ended-state",
      state,
      facts: [f],
      message: `${f.p} with Japan is left ${f.bounds!.end.open ? "open (..)" : "with an unknown end (/)"} but ${state} ended${ex.since ? ` on ${ex.since}` : ""} — close the span at the day it ended (at the latest ${ex.since ?? "the state's end"}), with a source`,
    }));
}

/** rule `span-outside-existence`: a relation cannot hold on a day its partner did not exist. */
function spansOutsideExistence(world: World, state: string, facts: TimedFact[], today: Day): Violation[] {
  const out: Violation[] = [];
  for (const f of facts) {
    if (!f.curated) continue;
    for (const day of edges(f, today)) {
      if (holds(f, day) !== "yes") continue;
      const ex = existence(world, state, day);
      if (ex.exists !== "no") continue;
      out.push({
        rule: "span-outside-existence",
        state,
        facts: [f],
        message: `${f.p} with Japan holds on ${day}, when ${state} did not exist (${ex.phase === "before" ? "it began later" : `it had ended${ex.since ? ` on ${ex.since}` : ""}`}) — date the span within the state's existence, or fix the state's \`exists\` dates`,
      });
      break;
    }
  }
  return out;
}

function unknownStatus(world: World, state: string, day: Day): Violation {
  const member = world.states.get(state)?.statehood === "sovereign";
  return {
    rule: member ? "un-member-status-unknown" : "status-unknown",
    state,
    facts: [],
    message: `Japan's relationship with ${state} is unknown on ${day}${member ? " (a current UN member)" : ""}: no statement decides it — add a dated diplomatic-relations statement, or a sourced no-relations statement for "never", or date the state's existence`,
  };
}

/** rule `contradictory-statuses`: two accepted, certain statements that cannot both hold on one day. */
function contradiction(facts: TimedFact[], day: Day): Omit<Violation, "state"> | undefined {
  const now = facts.filter((f) => f.curated && f.status === "accepted" && holds(f, day) === "yes");
  for (const [a, b] of INCOMPATIBLE) {
    const fa = now.find((f) => f.p === a);
    const fb = now.find((f) => f.p === b);
    if (fa && fb) {
      return {
        rule: "contradictory-statuses",
        facts: [fa, fb],
        message: `${a} and ${b} both hold on ${day} — end one where the other begins, or mark one contested with assertedBy`,
      };
    }
  }
  return undefined;
}
