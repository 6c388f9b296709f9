import { missionOfRole } from "../../model/lists.js";
import type { Day, Holds } from "../../model/time.js";
import { holds, type TimedFact } from "./facts.js";
import { existence } from "./status.js";
import type { World } from "./world.js";

/**
 * Whether a diplomatic mission (a `diplomatic-mission` statement: sender → host) was open on `day`: its
 * span holds, and both states existed that day. An undated mission is no evidence that it was open on a
 * day ("no"), as for memberships and offices. A snapshot dated to a month (Wikidata's "2022-11") is
 * "uncertain" within that month and "no" outside it: the dataset saw the mission then, and says nothing of
 * other days.
 *
 * @example missionOpen(world, world.withSubject("diplomatic-mission", "japan")[0]!, "2020-01-01") // "yes" | "no" | "uncertain"
 */
export function missionOpen(world: World, f: TimedFact, day: Day): Holds {
  if (!f.bounds || !f.object) return "no";
  const h = holds(f, day);
  if (h === "no") return "no";
  const sides = [existence(world, f.subject, day).exists, existence(world, f.object, day).exists];
  if (sides.includes("no")) return "no";
  return h === "yes" && !sides.includes("uncertain") ? "yes" : "uncertain";
}

/**
 * A state's missions abroad and other states' missions in it, with precedence: a dataset's mission
 * beside a curated one of the same sender, host, type and city (or a city only one names) whose span
 * overlaps it is the same mission seen once (Wikidata's November 2022 "embassy, Kyiv" beside the curated
 * "2022-10-05/.."), and is set aside; one that does not overlap (Recife's consulate-general, closed in 2010
 * and listed again in 2022) is kept.
 *
 * @example missionsOf(world, ["japan"]).length
 */
export function missionsOf(world: World, senders: readonly string[]): TimedFact[] {
  const facts = senders.flatMap((s) => world.withSubject("diplomatic-mission", s));
  const curated = facts.filter((f) => f.curated);
  return facts.filter((f) => f.curated || !curated.some((c) => sameMission(c, f) && overlap(c, f)));
}

function sameMission(a: TimedFact, b: TimedFact): boolean {
  if (a.subject !== b.subject || a.object !== b.object) return false;
  const ma = missionOfRole(a.role), mb = missionOfRole(b.role);
  return ma.type === mb.type && (ma.city === null || mb.city === null || ma.city === mb.city);
}

const endOf = (f: TimedFact) => (f.bounds!.end.open || f.bounds!.end.unknown ? "9999-12-31" : f.bounds!.end.max);

function overlap(a: TimedFact, b: TimedFact): boolean {
  if (!a.bounds || !b.bounds) return !a.bounds && !b.bounds;
  return a.bounds.start.min <= endOf(b) && b.bounds.start.min <= endOf(a);
}
