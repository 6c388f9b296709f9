import type { Predicate } from "../../model/predicates.js";
import type { Candidate } from "../claim.js";
import { appositiveDate } from "../context.js";
import { DATED_BY_NAME, END_WORDS } from "../frames.js";
import type { Rule } from "./rule.js";

/** The predicates that date each kind: a sentence naming one of them says which date it gives. */
const DATES_OF: Record<string, Predicate[]> = { agreement: ["signed", "in-force"], event: ["occurred"], policy: ["in-effect", "adopted"] };

/**
 * An event, agreement or policy named with a date and no word saying which of its dates it is: the
 * date is its occurrence, signature or time in effect ("the 1978 Treaty of Peace and Friendship", "the
 * Plaza Accord of 1985"); with an end word, an agreement's end of force ("the alliance treaty lapsed
 * in 1923"). A sentence that says "entered into force" leaves the signature alone.
 */
export const datedNameRule: Rule = {
  id: "dated-name",
  doc: "an event, agreement or policy named beside a date",
  propose(ctx) {
    if (!ctx.times.length) return [];
    const out: Candidate[] = [];
    for (const a of ctx.ids) {
      const kind = ctx.k.gazetteer.kinds.get(a);
      const p = kind ? DATED_BY_NAME[kind] : undefined;
      if (!p) continue;
      const own = kind === "agreement" ? appositiveDate(ctx, a) : undefined;
      if (own) {
        out.push({ rule: "dated-name", subject: a, object: null, p: "signed", at: ctx.firstAt.get(a)!, time: own });
        continue;
      }
      if ((DATES_OF[kind!] ?? []).some((q) => ctx.cues.has(q))) continue;
      const ends = kind === "agreement" && END_WORDS.test(ctx.slice);
      out.push({ rule: "dated-name", subject: a, object: null, p: ends ? "in-force" : p, at: ctx.firstAt.get(a)! });
    }
    return out;
  },
};
