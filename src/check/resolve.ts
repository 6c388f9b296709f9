import { EXCLUSIVE, judge, type Candidate, type Claim } from "./claim.js";
import type { SentenceContext } from "./context.js";
import { agreementDescriptionRule } from "./rules/agreement.js";
import { describedEventRule } from "./rules/described.js";
import { foundingRule } from "./rules/founding.js";
import { datedNameRule } from "./rules/named.js";
import { officeRule } from "./rules/office.js";
import { relationRule } from "./rules/relation.js";
import { partyListRule } from "./rules/parties.js";
import type { Rule } from "./rules/rule.js";
import { visitRule } from "./rules/visit.js";
import { territorialDisputeRule } from "./rules/territory.js";

/** The rules, in order of precedence: a claim read by an earlier rule wins over the same edge read by a later one. */
export const RULES: readonly Rule[] = [agreementDescriptionRule, visitRule, describedEventRule, relationRule, partyListRule, territorialDisputeRule, datedNameRule, officeRule, foundingRule];

// Administering, occupying, ruling and holding a territory are one family: one claim per pair ("occupied Indonesia" is read once).
const edgeKey = (c: Candidate) => `${EXCLUSIVE.has(c.p) ? "holds" : c.p}|${[c.subject, c.object ?? ""].sort().join("|")}`;

/**
 * One claim per edge (relation and its two ends) per sentence, so that no edge is reported twice,
 * let alone with opposite verdicts: candidates the sentence binds come before loose ones, then by the
 * order of RULES; the first that the knowledge base can decide is kept.
 *
 * @example resolve(ctx, RULES.flatMap((r) => r.propose(ctx))).length // claims of one sentence
 */
export function resolve(ctx: SentenceContext, candidates: Candidate[]): Claim[] {
  const order = new Map(RULES.map((r, i) => [r.id, i]));
  const sorted = candidates
    .map((c, i) => ({ c, i }))
    .sort((x, y) => Number(!!x.c.loose) - Number(!!y.c.loose) || order.get(x.c.rule)! - order.get(y.c.rule)! || x.i - y.i)
    .map((x) => x.c);
  const decided = new Set<string>();
  const out: Claim[] = [];
  for (const c of sorted) {
    // Names the sentence does not bind to the relation word assert nothing about each other: no claim. An
    // event described rather than named is asserted, but found by its words: it may support, never contradict.
    if (c.loose && c.rule !== "described-event") continue;
    // The signing of an agreement the sentence already makes a claim of ("signed a trade agreement on 7 October 2019"
    // is the agreement's signing, not a second claim that the signing ceremony took place).
    if (c.rule === "described-event" && out.some((o) => aboutAgreement(ctx, c.subject, o.subject.id) || (!!o.object && aboutAgreement(ctx, c.subject, o.object.id)))) continue;
    const key = edgeKey(c);
    if (decided.has(key)) continue;
    const claim = judge(ctx, c);
    if (!claim) continue;
    decided.add(key);
    out.push(claim);
  }
  return out.sort((a, b) => (a.time?.start ?? a.start) - (b.time?.start ?? b.start));
}

/** Whether an event is the signing of an agreement: named for a signing, and concerning it (a `concerns` statement). */
function aboutAgreement(ctx: SentenceContext, event: string, id: string): boolean {
  return ctx.k.gazetteer.kinds.get(id) === "agreement" && SIGNING.test(ctx.store.ref(event)?.name.en ?? "") && (ctx.k.byEnds.get(`${event}|${id}`) ?? []).some((r) => r.p === "concerns" && r.status !== "rejected");
}
const SIGNING = /\bsign(?:ing|ed)\b/i;
