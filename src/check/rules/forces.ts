import type { Candidate } from "../claim.js";
import type { Mention } from "../gazetteer.js";
import { stateLists } from "./parties.js";
import type { Rule } from "./rule.js";

/** Armed forces named right after a state or a list of them: "British, French and Israeli forces", "Soviet troops". */
const FORCES = /^\s+(?:armed\s+)?(?:forces|troops|soldiers|armies|army|navies|navy|fleets?|warships)\b/i;
/** How far from the named event the forces may be written (characters), within the sentence. */
const NEAR = 120;

/**
 * The forces of states said beside a named event ("the Suez Crisis, with British, French and Israeli forces
 * trying to take back the canal"): each state took part in it. Only an event the sentence names, the nearest.
 */
export const forcesRule: Rule = {
  id: "forces",
  doc: "the forces of named states beside a named event",
  propose(ctx) {
    const events = ctx.found.filter((m) => m.kind === "event" && m.via !== "reference");
    if (!events.length) return [];
    const states = ctx.found.filter((m) => m.kind === "state" && m.via !== "reference");
    const lists = stateLists(ctx);
    // Each state stands in its list, or alone.
    const runs: Mention[][] = [...lists, ...states.filter((m) => !lists.some((l) => l.includes(m))).map((m) => [m])];
    const out: Candidate[] = [];
    for (const run of runs) {
      const last = run[run.length - 1]!;
      if (!FORCES.test(ctx.slice.slice(last.end - ctx.start, last.end - ctx.start + 24))) continue;
      const gap = (e: Mention) => (e.end <= run[0]!.start ? run[0]!.start - e.end : e.start - last.end);
      const near = events.filter((e) => gap(e) >= 0 && gap(e) <= NEAR).sort((a, b) => gap(a) - gap(b))[0];
      if (!near) continue;
      for (const m of run) if (m.entity !== near.entity) out.push({ rule: "forces", subject: near.entity, object: m.entity, p: "participant", at: m.start, cue: m.start });
    }
    return out;
  },
};
