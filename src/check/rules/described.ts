import type { Rule } from "./rule.js";

/**
 * An event described rather than named ("North Korea launched missiles in July 2006"): a participant
 * named and the distinctive words of the event's name (see events.ts); a year alone never makes an
 * event a claim.
 */
export const describedEventRule: Rule = {
  id: "described-event",
  doc: "an event described by a participant and the words of its name",
  propose(ctx) {
    // Described, not named: it may support, never contradict; without a date of its own it is no claim.
    // Described beyond doubt with a date that fits none of its occurrences, it is read as bound: the date is wrong.
    return ctx.described.filter((e) => e.time && !e.time.span).map((e) => ({ rule: "described-event" as const, subject: e.id, object: null, p: "occurred" as const, at: e.time?.start ?? ctx.start, time: e.time, ...(e.mismatch ? {} : { loose: true }) }));
  },
};
