import type { SentenceContext } from "../context.js";
import type { Rule } from "./rule.js";

/**
 * Acts that undo each other: an event named by one is not described by a sentence that says the other ("Japan
 * removed South Korea from its white list in 2023" describes no restoration of 2023).
 */
const OPPOSITES: readonly [RegExp, RegExp][] = [
  [/\b(?:remov\w*|exclu\w*|delist\w*|strip\w*)\b/i, /\b(?:restor\w*|reinstat\w*|readmi\w*|re-?add\w*)\b/i],
  [/\b(?:impos\w*|introduc\w*|tighten\w*)\b/i, /\b(?:lift\w*|eas\w*|relax\w*|remov\w*)\b/i],
  [/\b(?:join\w*|accession|admi\w*|enter\w*)\b/i, /\b(?:withdr\w*|leav\w*|left|exit\w*|quit\w*|expel\w*)\b/i],
  [/\b(?:suspen\w*|freez\w*|froze\w*)\b/i, /\b(?:resum\w*|unfreez\w*|restart\w*)\b/i],
];

/** Whether the sentence says the act opposite to the one the event's name says. */
function saysOpposite(ctx: SentenceContext, id: string): boolean {
  const name = ctx.store.ref(id)?.name.en ?? "";
  return OPPOSITES.some(([a, b]) => (a.test(name) && !b.test(name) && b.test(ctx.slice) && !a.test(ctx.slice)) || (b.test(name) && !a.test(name) && a.test(ctx.slice) && !b.test(ctx.slice)));
}

/**
 * An event described rather than named ("North Korea launched missiles in July 2006"): a participant
 * named and the distinctive words of the event's name (see events.ts); a year alone never makes an
 * event a claim, nor does a sentence that says the opposite act.
 */
export const describedEventRule: Rule = {
  id: "described-event",
  doc: "an event described by a participant and the words of its name",
  propose(ctx) {
    // Described, not named: it may support, never contradict; without a date of its own it is no claim.
    // Described beyond doubt with a date that fits none of its occurrences, it is read as bound: the date is wrong.
    return ctx.described
      .filter((e) => e.time && !e.time.span && !saysOpposite(ctx, e.id))
      .map((e) => ({ rule: "described-event" as const, subject: e.id, object: null, p: "occurred" as const, at: e.time?.start ?? ctx.start, time: e.time, ...(e.mismatch ? {} : { loose: true }) }));
  },
};
