import type { Day } from "../../model/time.js";
import { holds, startText, type TimedFact } from "./facts.js";
import { existence } from "./status.js";
import { bestHolding, type World } from "./world.js";

/** Something that held on a day: who or what, in what role, since when, how sure, and why. */
export interface Holding {
  id: string;
  role: string | null;
  since: string | null;
  certain: boolean;
  basis: TimedFact[];
}

function holding(
  facts: readonly TimedFact[],
  day: Day,
  other: (f: TimedFact) => string | null,
  world: World,
  undated = false,
  gone: (id: string) => boolean = (id) => existence(world, id, day).exists === "no",
): Holding[] {
  const out = new Map<string, Holding>();
  for (const f of facts) {
    // An undated membership or office is no evidence that it held on this day.
    if (!f.bounds && !undated) continue;
    const h = holds(f, day);
    const id = other(f);
    if (h === "no" || !id || gone(id)) continue;
    const prev = out.get(`${id} ${f.role ?? ""}`);
    if (prev && (prev.certain || h !== "yes")) continue;
    out.set(`${id} ${f.role ?? ""}`, { id, role: f.role, since: startText(f), certain: h === "yes", basis: [f] });
  }
  return [...out.values()].sort((a, b) => Number(b.certain) - Number(a.certain) || (a.since ?? "").localeCompare(b.since ?? ""));
}

/**
 * The organisations an actor (a state or an organisation) was a member of, or an observer at, on `day`.
 *
 * @example membershipsAsOf(world, "japan", "1935-01-01") // no League of Nations after its withdrawal took effect
 */
export function membershipsAsOf(world: World, actor: string, day: Day): { member: Holding[]; observer: Holding[] } {
  if (memberGone(world, actor, day)) return { member: [], observer: [] };
  return {
    member: holding(world.withSubject("member-of", actor), day, (f) => f.object, world),
    observer: holding(world.withSubject("observer-of", actor), day, (f) => f.object, world),
  };
}

/**
 * Whether a member's own existence rules its membership out on `day`: only once it has ended (or in a gap
 * between two spans). A membership dated before a state's independence stands on its own statement: the
 * United Nations counted Byelorussia, Ukraine, India and the Philippines among its original Members before
 * they were independent states.
 */
function memberGone(world: World, id: string, day: Day): boolean {
  const ex = existence(world, id, day);
  return ex.exists === "no" && ex.phase !== "before";
}

/**
 * The members of an organisation, and its observers, on `day`: the other side of `membershipsAsOf`, read
 * from the same statements, so an organisation's page counts the members each member's page names.
 *
 * @example membersAsOf(world, "united-nations", "1946-01-01").member.filter((m) => m.certain).length // 51, the original Members
 */
export function membersAsOf(world: World, organization: string, day: Day): { member: Holding[]; observer: Holding[] } {
  const gone = (id: string) => memberGone(world, id, day);
  return {
    member: holding(world.withObject("member-of", organization), day, (f) => f.subject, world, false, gone),
    observer: holding(world.withObject("observer-of", organization), day, (f) => f.subject, world, false, gone),
  };
}

/**
 * Who held offices of a state or organisation on `day` (prime minister, foreign minister…), by role.
 *
 * @example officeHoldersAsOf(world, "japan", "1972-09-29").find((h) => h.role === "prime-minister")?.id // "kakuei-tanaka"
 */
export function officeHoldersAsOf(world: World, polity: string, day: Day): Holding[] {
  return holding(world.withObject("holds-office", polity).filter((f) => !diedBefore(world, f.subject, day)), day, (f) => f.subject, world);
}

/**
 * The offices a person held on `day`: none once the person has died.
 *
 * @example officesOfAsOf(world, "kim-jong-pil", "2020-01-01") // [] (died 23 June 2018; his 1961 term's end is unknown)
 */
export function officesOfAsOf(world: World, person: string, day: Day): Holding[] {
  if (diedBefore(world, person, day)) return [];
  return holding(world.withSubject("holds-office", person), day, (f) => f.object, world);
}

/**
 * Whether a person had certainly died before `day` (a term held through the day of death, as Inukai's until the
 * day after he was shot, still holds on it). A term whose end is unknown ("1961/") had kept its holder in office,
 * "end unknown", for ever: Kim Jong-pil as KCIA director after his death in 2018 (TRUTH40).
 */
function diedBefore(world: World, person: string, day: Day): boolean {
  return world.withSubject("died", person).some((f) => f.status !== "rejected" && f.bounds !== null && day > f.bounds.start.max);
}

/**
 * Who administered a place (or a disputed territory) on `day`, and who claimed it: contested claims
 * are listed with the claimant, never resolved into one side. A statement of administration decides; where none
 * holds, the state that occupied or ruled the place did (Japan on Guam in 1942, the United States there in 1899,
 * Japan on Formosa in 1920), the later of the two where both hold, as the map reads who held a shape.
 *
 * @example administrationAsOf(world, "senkaku-islands", "2026-01-01").administrator?.id // "japan"
 * @example administrationAsOf(world, "guam", "1942-06-01").administrator?.id // "japan" (occupied 1941–1944)
 */
export function administrationAsOf(world: World, place: string, day: Day): { administrator: Holding | null; claimants: Holding[] } {
  // Only a state that existed on the day administers (an undated statement of South Korea's administration of the
  // Liancourt Rocks had made it their administrator in 1871).
  const alive = (f: TimedFact) => existence(world, f.subject, day).exists !== "no";
  // Places held only by rule or occupation had no administrator on any day (TRUTH40: Guam, Hawaii, Formosa, Korea).
  const best =
    bestHolding(world.withObject("administers", place).filter(alive), day) ??
    bestHolding([...world.withObject("occupies", place), ...world.withObject("rules", place)].filter(alive), day);
  const administrator = best ? { id: best.fact.subject, role: best.fact.role, since: startText(best.fact), certain: best.certain, basis: [best.fact] } : null;
  // An undated claim is kept (as uncertain): a contested claim must not vanish for want of a date.
  return { administrator, claimants: holding(world.withObject("claims", place), day, (f) => f.subject, world, true) };
}
