import type { Kind } from "../../model/ids.js";
import { PREDICATES, type Predicate } from "../../model/predicates.js";
import type { SentenceContext } from "../context.js";
import { clauseAround } from "../polarity.js";

/** Whether an entity of this kind can fill the subject (or object) of a predicate. */
export function fitsRole(ctx: SentenceContext, id: string, p: Predicate, role: "subject" | "object"): boolean {
  const kind = ctx.k.gazetteer.kinds.get(id) as Kind | undefined;
  return !!kind && (PREDICATES[p][role] as readonly Kind[]).includes(kind);
}

/** Nouns of holding a place that a demonym before them makes the holder's ("a Japanese colony", "American occupation"). */
const HELD_NOUN = /^(?:colony|colonies|occupation|rule|control|mandate|protectorate|administration)\b/i;

/**
 * Who the words around a relation word make its subject and object: in the active voice the last
 * fitting name before the word and the first after it ("Japan administers the islands"); in the
 * passive, the name after "by" and the one before ("the islands are administered by Japan"). Only
 * names inside the word's clause count. Undefined when the clause does not say.
 *
 * @example bound(ctx, "administers", cueAt) // { subject: "japan", object: "senkaku-islands" }
 */
export function bound(ctx: SentenceContext, p: Predicate, cue: number): { subject: string; object: string } | undefined {
  const rel = cue - ctx.start;
  const [cs, ce] = clauseOf(ctx, rel);
  const inClause = ctx.found.filter((m) => m.start - ctx.start >= cs && m.end - ctx.start <= ce && m.via !== "reference");
  const before = inClause.filter((m) => m.end - ctx.start <= rel);
  const after = inClause.filter((m) => m.start - ctx.start > rel);
  const passive = /^\w*\s+by\b/i.test(ctx.slice.slice(rel)) || /^\S*ed\s+by\b/i.test(ctx.slice.slice(rel));
  const last = <T>(xs: T[]) => xs[xs.length - 1];
  if (passive) {
    const agent = after.find((m) => fitsRole(ctx, m.entity, p, "subject"));
    const patient = last(before.filter((m) => fitsRole(ctx, m.entity, p, "object")));
    return agent && patient ? { subject: agent.entity, object: patient.entity } : undefined;
  }
  // "Taiwan was a Japanese colony", "the American occupation of Japan": the demonym right before the noun holds,
  // the place after "of" (or else the name before) is held.
  const owner = last(before);
  if (owner?.via === "demonym" && HELD_NOUN.test(ctx.slice.slice(rel)) && /^\s*$/.test(ctx.slice.slice(owner.end - ctx.start, rel)) && fitsRole(ctx, owner.entity, p, "subject")) {
    const word = /^\S+/.exec(ctx.slice.slice(rel))![0].length;
    const of = after.find((m) => /^\s+of\s+(?:the\s+)?$/i.test(ctx.slice.slice(rel + word, m.start - ctx.start)));
    const held = of ?? last(before.filter((m) => m !== owner && m.entity !== owner.entity));
    return held && fitsRole(ctx, held.entity, p, "object") ? { subject: owner.entity, object: held.entity } : undefined;
  }
  const subjects = before.filter((m) => fitsRole(ctx, m.entity, p, "subject"));
  // A verb joined to an earlier one with its subject left out ("the USSR declared war on Japan and occupied
  // the islands", "…, seizing the islands") shares the clause's first subject, not the nearest name.
  const elided = /(?:\band|\bthen|,|\bas well as)\s+(?:\w+ly\s+)?$/i.test(ctx.slice.slice(0, rel));
  // A participle so joined ("…, invading Manchukuo as well as seizing the Kurils") is said of the subject of
  // the sentence's main verb, which may stand in an earlier clause: the first name before it that no
  // preposition governs ("the Soviet government", not "war on Japan" or "the state of Manchukuo").
  const participle = elided && /^\w+ing\b/i.test(ctx.slice.slice(rel));
  const subject = participle ? (mainSubject(ctx, p, rel) ?? subjects[0]) : elided ? subjects[0] : last(subjects);
  // A name that only places another ("islands just north of Japan") is not the object.
  const placing = (m: { start: number }) => /\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+$/i.test(ctx.slice.slice(Math.max(0, m.start - ctx.start - 30), m.start - ctx.start));
  const object = after.find((m) => fitsRole(ctx, m.entity, p, "object") && m.entity !== subject?.entity && !placing(m));
  return subject && object ? { subject: subject.entity, object: object.entity } : undefined;
}

/** The first name in the sentence before `rel` that fits the subject and follows no preposition. */
function mainSubject(ctx: SentenceContext, p: Predicate, rel: number): SentenceContext["found"][number] | undefined {
  return ctx.found.find((m) => m.via !== "reference" && m.end - ctx.start <= rel && fitsRole(ctx, m.entity, p, "subject") &&
    !/\b(?:of|on|to|with|against|from|in|into|by|at|for|over|between)\s+(?:the\s+)?(?:\w+\s+)?$/i.test(ctx.slice.slice(Math.max(0, m.start - ctx.start - 40), m.start - ctx.start)));
}

/**
 * Where a name is first written in the clause of a relation word (absolute offset), if it is: both ends of a
 * symmetric relation must be, "Japan and China established relations".
 */
export function inClauseAt(ctx: SentenceContext, id: string, cue: number): number | undefined {
  const [cs, ce] = clauseOf(ctx, cue - ctx.start);
  return ctx.found.find((m) => m.entity === id && m.start - ctx.start >= cs && m.end - ctx.start <= ce)?.start;
}

/**
 * The clause of a relation word; a clause whose subject is a pronoun ("…, but it allied with …", "which
 * joined …") reaches back to the start of the sentence, where its subject was named.
 */
function clauseOf(ctx: SentenceContext, rel: number): [number, number] {
  const [cs, ce] = clauseAround(ctx.slice, rel);
  const head = ctx.slice.slice(Math.max(0, cs - 8), rel);
  const named = ctx.found.some((m) => m.start - ctx.start >= cs && m.end - ctx.start <= rel && m.via !== "reference");
  return !named && /\b(?:it|they|which|who|its|their)\b/i.test(head) ? [0, ce] : [cs, ce];
}

/** Whether a name is written in the clause of a word said of it alone ("the treaty entered into force"). */
export function nameInClause(ctx: SentenceContext, a: string, cue: number): boolean {
  const [cs, ce] = clauseOf(ctx, cue - ctx.start);
  return ctx.found.some((m) => m.entity === a && m.start - ctx.start >= cs && m.end - ctx.start <= ce);
}
