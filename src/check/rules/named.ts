import type { Predicate } from "../../model/predicates.js";
import type { Candidate } from "../claim.js";
import type { SentenceContext } from "../context.js";
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
      // "The Korean War armistice was signed in 1952", "the Russo-Japanese War veterans": the name qualifies another
      // noun, and the date is that thing's, not the event's.
      if (kind === "event" && QUALIFIED.test(ctx.slice.slice(ctx.firstEnd.get(a)! - ctx.start))) continue;
      const own = kind === "agreement" ? appositiveDate(ctx, a) : undefined;
      if (own) {
        out.push({ rule: "dated-name", subject: a, object: null, p: "signed", at: ctx.firstAt.get(a)!, time: own });
        continue;
      }
      if ((DATES_OF[kind!] ?? []).some((q) => ctx.cues.has(q))) continue;
      // An agreement's date must be written with its name ("the 1978 treaty", "the Treaty (1951)"): a date elsewhere
      // in the sentence may be its accession, application or anything else.
      if (kind === "agreement" && !own && !yearBefore(ctx, a)) continue;
      const ends = kind === "agreement" && END_WORDS.test(ctx.slice);
      out.push({ rule: "dated-name", subject: a, object: null, p: ends ? "in-force" : p, at: ctx.firstAt.get(a)! });
    }
    return out;
  },
};

/** A noun an event's name may qualify ("the Korean War armistice", "the war's reparations"). */
const QUALIFIED = /^['’]?s?\s+(?:armistice|ceasefire|cease-fire|treaty|agreement|accord|pact|peace|settlement|memorial|museum|veterans?|anniversary|reparations|refugees|survivors|victims|orphans|era|period|generation|cemetery|monument|commemorations?|negotiations|talks|trials?|tribunal)\b/i;

/** A year written right before a name ("the 1978 Treaty of Peace and Friendship"). */
function yearBefore(ctx: SentenceContext, id: string): boolean {
  const at = ctx.firstAt.get(id)!;
  return ctx.times.some((t) => t.end <= at && at - t.end <= 2);
}
