import { EXCLUSIVE, judge, type Candidate, type Claim } from "./claim.js";
import { timeFor } from "./claim-time.js";
import type { SentenceContext } from "./context.js";
import type { Predicate } from "../model/predicates.js";
import { clauseAround } from "./polarity.js";
import { agreementDescriptionRule } from "./rules/agreement.js";
import { describedEventRule } from "./rules/described.js";
import { forcesRule } from "./rules/forces.js";
import { foundingRule } from "./rules/founding.js";
import { datedNameRule } from "./rules/named.js";
import { governmentRule, officeRule } from "./rules/office.js";
import { relationRule } from "./rules/relation.js";
import { partyListRule } from "./rules/parties.js";
import type { Rule } from "./rules/rule.js";
import { venueRule } from "./rules/venue.js";
import { visitRule } from "./rules/visit.js";
import { territorialDisputeRule } from "./rules/territory.js";

/** The rules, in order of precedence: a claim read by an earlier rule wins over the same edge read by a later one. */
export const RULES: readonly Rule[] = [agreementDescriptionRule, visitRule, describedEventRule, relationRule, partyListRule, territorialDisputeRule, datedNameRule, officeRule, governmentRule, foundingRule, forcesRule, venueRule];

// Administering, occupying, ruling and holding a territory are one family: one claim per pair ("occupied Indonesia" is read once).
// Relations and their recorded absence are one edge: "no diplomatic relations" (国交がない) is one claim, the relation denied.
const family = (p: Predicate) => (EXCLUSIVE.has(p) ? "holds" : p === "no-relations" ? "diplomatic-relations" : p);
const edgeKey = (c: Candidate) => `${family(c.p)}|${[c.subject, c.object ?? ""].sort().join("|")}`;
/** Each rule's place in RULES, made once rather than per sentence. */
const ORDER = new Map(RULES.map((r, i) => [r.id, i]));

/**
 * One claim per edge (relation and its two ends) per sentence, so that no edge is reported twice,
 * let alone with opposite verdicts: candidates the sentence binds come before loose ones, then by the
 * order of RULES; the first that the knowledge base can decide is kept.
 *
 * @example resolve(ctx, RULES.flatMap((r) => r.propose(ctx))).length // claims of one sentence
 */
export function resolve(ctx: SentenceContext, candidates: Candidate[]): Claim[] {
  const order = ORDER;
  const sorted = candidates
    .map((c, i) => ({ c, i }))
    .sort((x, y) => Number(!!x.c.loose) - Number(!!y.c.loose) || order.get(x.c.rule)! - order.get(y.c.rule)! || Number(x.c.p === "no-relations") - Number(y.c.p === "no-relations") || x.i - y.i)
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
    // "Japan and India signed a Comprehensive Economic Partnership Agreement in 2012": the date is the agreement's, and
    // the words that found it describe no other event that fits the date (the RCEP negotiations, 2012–2019).
    if (c.rule === "described-event" && c.loose && c.time && out.some((o) => (o.p === "signed" || o.p === "in-force") && ctx.k.gazetteer.kinds.get(o.subject.id) === "agreement" && o.time?.start === c.time!.start)) continue;
    const key = edgeKey(c);
    if (decided.has(key)) continue;
    const claim = judge(ctx, c.p === "holds-office" ? onTheDay(ctx, c, out) : c);
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

/**
 * A title said at a year or month, in the clause of an agreement signed or an event that took place on a day
 * inside it, is said of that day: "In 1998, President Kim Young-sam and Prime Minister Obuchi issued a joint
 * declaration" names the president of 8 October 1998 (Kim Dae-jung), not of some day in 1998.
 */
function onTheDay(ctx: SentenceContext, c: Candidate, out: readonly Claim[]): Candidate {
  if (c.undated) return c;
  // "Prime Minister Shinzo Abe signed the Pyongyang Declaration … in 2002": the date the agreement's name keeps from
  // other claims is the date of the person's own signing, said in the same sentence.
  const signing = out.find((o) => o.p === "signatory-of" && o.subject.id === c.subject && o.time);
  const t = c.time ?? timeFor(ctx, c) ?? (signing && ctx.times.find((x) => x.start === signing.time!.start));
  if (!t) return c;
  // The date found is the claim's own from here on (judge reads it rather than looking for it again).
  if (t.min === t.max) return { ...c, time: t };
  const [cs, ce] = clauseAround(ctx.slice, c.at - ctx.start).map((x) => x + ctx.start) as [number, number];
  const days = new Set<string>();
  for (const o of out) {
    if ((o.p !== "signed" && o.p !== "occurred") || o.verdict !== "supported" || o.start < cs || o.start >= ce) continue;
    for (const e of o.evidence) if (e.time && /^\d{4}-\d{2}-\d{2}$/.test(e.time) && t.min <= e.time && e.time <= t.max) days.add(e.time);
  }
  if (days.size !== 1) return { ...c, time: t };
  const [day] = days as Set<string>;
  return { ...c, time: { ...t, edtf: day!, min: day!, max: day!, span: false, bounds: false } };
}
