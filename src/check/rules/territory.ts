import type { Candidate } from "../claim.js";
import type { Knowledge } from "../knowledge.js";
import type { Rule } from "./rule.js";

/** Places that both states claim, or that one claims and the other administers or occupies. */
function disputedBetween(k: Knowledge, a: string, b: string): string[] {
  const none = new Set<string>();
  const [ca, cb, ha, hb] = [k.claimed.get(a) ?? none, k.claimed.get(b) ?? none, k.held.get(a) ?? none, k.held.get(b) ?? none];
  return [...new Set([...ca].filter((x) => cb.has(x) || hb.has(x)).concat([...cb].filter((x) => ha.has(x))))];
}

/**
 * Two states named with a dispute word ("a territorial dispute between Japan and China"): each claims
 * the places they dispute. Read loosely: it names no place, so it may support, never contradict.
 */
export const territorialDisputeRule: Rule = {
  id: "territorial-dispute",
  doc: "two states named with a word of territorial dispute",
  propose(ctx) {
    const cue = ctx.cues.get("claims")?.[0];
    if (cue === undefined || ctx.actors.length < 2) return [];
    const out: Candidate[] = [];
    for (const a of ctx.actors) for (const b of ctx.actors) {
      if (a >= b) continue;
      for (const place of disputedBetween(ctx.k, a, b)) {
        out.push({ rule: "territorial-dispute", subject: a, object: place, p: "claims", at: ctx.start, cue, loose: true });
        out.push({ rule: "territorial-dispute", subject: b, object: place, p: "claims", at: ctx.start, cue, loose: true });
      }
    }
    return out;
  },
};
