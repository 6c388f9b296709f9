import type { Candidate } from "../claim.js";
import type { SentenceContext } from "../context.js";
import { monthPrecise } from "../events.js";
import type { EventCue } from "../knowledge.js";
import { clauseAround } from "../polarity.js";
import { fits } from "../verdict.js";
import type { Rule } from "./rule.js";

/** A visit said of a person: "visited China", "paid a visit to", "a trip to", "travelled to". */
const VISIT = /\b(?:visit(?:ed|s|ing)?|(?:made|paid|makes|pays)\s+(?:a|an|his|her|the)\s+(?:\w+\s+)?visit|trip\s+to|travell?ed\s+to|toured)\b/gi;
/** Words that make the person no visitor then ("former", "the late") or the visit not a fact. */
const NOT_THEN = /\b(?:former|ex-|late|future|planned|proposed|would|will|may|might)\s+(?:\w+\s+){0,3}$/i;

/** The offices a person held, as "role|state" keys ("prime-minister|japan"). */
const officesOf = (ctx: SentenceContext, person: string) => new Set((ctx.k.offices.get(person) ?? []).filter((r) => r.role).map((r) => `${r.role}|${r.object}`));

/**
 * A person visiting a state on a day or in a month: "On 25 September 1972 Prime Minister Tanaka
 * visited China". The visit recorded then to that state is the one meant: when the person is among
 * those who made it, it occurred then and they took part; when another holder of the same office
 * made it (Tanaka, not Satō, in 1972), the claim that the named person took part is contradicted. A
 * year alone decides nothing, and a person with no visit recorded then is not contradicted on
 * absence: the record may be incomplete.
 */
export const visitRule: Rule = {
  id: "visit",
  doc: "a named person visiting a named state, with a date no wider than a month",
  propose(ctx) {
    // A date no wider than a month: a year alone does not tell one visit from another.
    const time = ctx.times.find(monthPrecise);
    if (!time) return [];
    const out: Candidate[] = [];
    for (const m of ctx.slice.matchAll(VISIT)) {
      const at = ctx.start + m.index;
      if (ctx.found.some((x) => x.via !== "reference" && x.start <= at && at < x.end)) continue;
      const [cs, ce] = clauseAround(ctx.slice, m.index).map((x) => x + ctx.start) as [number, number];
      const persons = ctx.found.filter((x) => x.kind === "person" && x.via !== "reference" && x.end <= at && x.start >= cs - 200);
      const visitor = persons[persons.length - 1];
      const dest = ctx.found.find((x) => x.kind === "state" && x.via !== "reference" && x.start > at && x.start - (at + m[0].length) <= 25 && x.start < Math.max(ce, at + 60));
      if (!visitor || !dest || visitor.entity === dest.entity) continue;
      if (NOT_THEN.test(ctx.slice.slice(Math.max(0, visitor.start - ctx.start - 40), visitor.start - ctx.start))) continue;
      const then = ctx.k.events.filter((e) => e.type === "visit" && e.participants.has(dest.entity) && e.occurred.some((r) => fits(r, time, "any", ctx.today) === true));
      const made = then.filter((e) => e.participants.has(visitor.entity));
      const claim = (e: EventCue, extra: Partial<Candidate> = {}) => {
        out.push({ rule: "visit", subject: e.id, object: null, p: "occurred", at, cue: at, time });
        out.push({ rule: "visit", subject: e.id, object: visitor.entity, p: "participant", at, cue: at, time, ...extra });
      };
      if (made.length === 1) claim(made[0]!);
      else if (!made.length && then.length === 1) {
        // Made by someone else who held an office the named person also held: the named person did not make it.
        const mine = officesOf(ctx, visitor.entity);
        const other = [...then[0]!.participants].find((p) => p !== visitor.entity && ctx.k.gazetteer.kinds.get(p) === "person" && [...officesOf(ctx, p)].some((o) => mine.has(o)));
        if (other) claim(then[0]!, { instead: other });
      }
    }
    return out;
  },
};
