import type { Candidate } from "../claim.js";
import type { Rule } from "./rule.js";

/** A title written right before a person's name. */
const TITLED = /\b(?:Prime Minister|Premier|President|Chancellor|Foreign Minister|Secretary[- ]General|Secretary of State|Emperor)\s+$/;
const NOT_THEN = /\b(former|ex-|late|then-?|future)\b/i;

/**
 * A person with a title ("Prime Minister Hatoyama", not "former Prime Minister …") is said to hold
 * that office at the sentence's date; a person merely named beside a date ("Toshiki Kaifu's 1991
 * tour") is read loosely: a term that fits supports, none contradicts.
 */
export const officeRule: Rule = {
  id: "office",
  doc: "a titled person beside a date",
  propose(ctx) {
    if (!ctx.times.length) return [];
    const out: Candidate[] = [];
    for (const a of ctx.ids) {
      if (ctx.k.gazetteer.kinds.get(a) !== "person") continue;
      const at = ctx.firstAt.get(a)!;
      const before = ctx.slice.slice(Math.max(0, at - ctx.start - 40), at - ctx.start);
      const titled = TITLED.test(before) && !NOT_THEN.test(before);
      for (const office of new Set((ctx.k.offices.get(a) ?? []).map((r) => r.object!))) out.push({ rule: "office", subject: a, object: office, p: "holds-office", at, loose: !titled });
    }
    return out;
  },
};
