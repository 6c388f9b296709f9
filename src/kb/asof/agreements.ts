import type { Day } from "../../model/time.js";
import { endText, holds, lastEnded, startText, type TimedFact } from "./facts.js";
import { existence } from "./status.js";
import { bestHolding, JAPAN, type World } from "./world.js";

/**
 * Where an agreement stood on a day:
 * - `in-force`: an in-force span holds;
 * - `not-yet`: its force began later (or it has none recorded yet and was signed later);
 * - `ended`: its force ended before the day (`how` says how: expired, superseded…; null where unrecorded);
 * - `unknown`: it entered into force but nothing says whether it still was (an end written `/`), or no
 *   in-force statement exists at all. Never silently "in force".
 */
export interface AgreementAnswer {
  state: "in-force" | "not-yet" | "ended" | "unknown";
  certain: boolean;
  since: string | null;
  how: string | null;
  basis: TimedFact[];
}

/**
 * An agreement's standing on `day`, from its in-force statements (precedence applied).
 *
 * @example agreementAsOf(world, "convention-of-kanagawa", "1990-01-01").state // "ended"
 */
export function agreementAsOf(world: World, id: string, day: Day): AgreementAnswer {
  const spans = world.inForceOf(id).filter((f) => f.bounds);
  if (!spans.length) return { state: "unknown", certain: false, since: null, how: null, basis: [] };
  const now = spans.filter((f) => holds(f, day) !== "no");
  const known = now.filter((f) => !f.bounds!.end.unknown);
  const best = bestHolding(known, day);
  if (best) return { state: "in-force", certain: best.certain, since: startText(best.fact), how: null, basis: [best.fact] };
  if (now.length) return { state: "unknown", certain: false, since: startText(now[0]!), how: null, basis: now };
  const last = lastEnded(spans, day);
  if (last) return { state: "ended", certain: true, since: endText(last), how: last.role, basis: [last] };
  return { state: "not-yet", certain: true, since: null, how: null, basis: spans };
}

/** One of Japan's bilateral agreements in force with a state on a day. */
export interface InForceAgreement {
  id: string;
  type: string | null;
  since: string | null;
  certain: boolean;
  basis: TimedFact[];
}

/**
 * Japan's bilateral agreements in force on `day`, by partner state. An agreement counts only while it is
 * in force and both Japan and the partner exist (a treaty with the Qing is not in force in 1970,
 * whatever its record says).
 *
 * @example agreementsInForce(world, "1980-01-01").get("china")?.map((a) => a.id)
 */
export function agreementsInForce(world: World, day: Day): Map<string, InForceAgreement[]> {
  const out = new Map<string, InForceAgreement[]>();
  if (existence(world, JAPAN, day).exists === "no") return out;
  for (const [id, partners] of world.bilateralAgreements()) {
    const a = agreementAsOf(world, id, day);
    if (a.state !== "in-force") continue;
    for (const partner of partners) {
      if (existence(world, partner, day).exists === "no") continue;
      const list = out.get(partner) ?? [];
      list.push({ id, type: world.agreements.get(id)?.type ?? null, since: a.since, certain: a.certain, basis: a.basis });
      out.set(partner, list);
    }
  }
  return out;
}
