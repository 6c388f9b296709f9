import { PREDICATES, type Predicate } from "../../model/predicates.js";
import type { Candidate } from "../claim.js";
import { appositiveDate, type SentenceContext } from "../context.js";
import { bound, fitsRole, inClauseAt, nameInClause } from "./binding.js";
import { asserted, ownerOf } from "./cues.js";
import { stateLists } from "./parties.js";
import type { Mention } from "../gazetteer.js";
import type { Rule } from "./rule.js";

/** Predicates said of one entity alone: an agreement signed or in force, an event, a policy, a founding. */
export const OWN_DATES: ReadonlySet<Predicate> = new Set<Predicate>(["signed", "in-force", "occurred", "founded", "adopted", "in-effect", "died"]);
/** Predicates decided by other rules. */
const ELSEWHERE: ReadonlySet<Predicate> = new Set<Predicate>(["holds-office"]);

/**
 * Whether two states stand in one list ("A and B", "A, B and C": stateLists) after a relation word, governed by
 * it through "with", "on", "against" (each the word's object), not "between" or "among" (the pair itself).
 */
function coordinatedAfter(ctx: SentenceContext, lists: Mention[][], cue: number, a: string, b: string): boolean {
  const list = lists.find((l) => l[0]!.start > cue && l.some((m) => m.entity === a) && l.some((m) => m.entity === b));
  if (!list) return false;
  const lead = ctx.slice.slice(cue - ctx.start, list[0]!.start - ctx.start);
  return /\b(?:with|on|against|to)\s+(?:the\s+)?$/i.test(lead) && !/\b(?:between|among|amongst)\b/i.test(lead);
}

/** A treaty noun that an alliance word may be ("security treaty", "defence pact"). */
const TREATY_NOUN = /^(?:security treaty|defen[cs]e (?:pact|treaty))/i;
/** A word of signing or concluding an agreement. */
const SIGNING = /\b(?:sign(?:ed|s|ing)|conclu(?:ded|des|sion)|revis(?:ed|ion))\b|締結|署名|調印|改定/i;

/**
 * Whether an alliance word is the name of a treaty the sentence says was signed ("Japan and the United States signed a
 * security treaty in 1960"): the sentence then tells of the treaty (read as an agreement described), not of when the
 * alliance began; it had been contradicted by the alliance of 1952.
 */
function treatySigned(ctx: SentenceContext, at: number): boolean {
  return TREATY_NOUN.test(ctx.slice.slice(at - ctx.start)) && SIGNING.test(ctx.slice);
}

/** Relations of a state to a place: a state never holds, rules or claims its own successor's land in a sentence's claim. */
const TERRITORIAL: ReadonlySet<Predicate> = new Set<Predicate>(["holds-territory", "occupies", "administers", "rules", "claims"]);

/** Whether one of two entities is recorded as the other's predecessor (the Soviet Union and Russia). */
function successionPair(ctx: SentenceContext, a: string, b: string): boolean {
  return (ctx.k.predecessors.get(a) ?? []).includes(b) || (ctx.k.predecessors.get(b) ?? []).includes(a);
}

/**
 * The state whose allies a cue speaks of: named right after "allies of" / "ally of" / "alliance with" ("allies of the
 * US" → united-states), or right before "ally"/"allies", as a name, a demonym or a possessive, with only words of
 * degree between ("major Chinese allies", "America's closest ally", "US allies"). Undefined when neither.
 */
function allyOf(ctx: SentenceContext, cue: number): string | undefined {
  const after = ctx.slice.slice(cue - ctx.start);
  const m = /^(?:all(?:y|ies)\s+of|alliance\s+with)\s+(?:the\s+)?/i.exec(after);
  if (m) return ctx.found.find((x) => x.start === cue + m[0].length && x.kind === "state")?.entity;
  if (!/^all(?:y|ies)\b/i.test(after)) return undefined;
  return ctx.found.find((x) => x.kind === "state" && x.end <= cue && x.end >= ctx.start && ALLY_OF_BEFORE.test(ctx.slice.slice(x.end - ctx.start, cue - ctx.start)))?.entity;
}

/** What may stand between a state and "allies" that are its allies: a possessive and words of degree ("'s closest", " major"). */
const ALLY_OF_BEFORE = /^(?:['’]s?)?\s+(?:(?:major|close|closer|closest|key|staunch|staunchest|important|treaty|longtime|long-standing|loyal|strong|firm|main|chief|principal|regional|Asian|traditional|formal)\s+)*$/i;

/** The partner of an alliance word ("allies of the US"), for that predicate alone. */
function partnerAt(ctx: SentenceContext, p: Predicate, at: number): string | undefined {
  return p === "alliance" ? allyOf(ctx, at) : undefined;
}

/** Whether a symmetric word at `at` binds a pair of its own (`pairOf`) that has neither `a` nor `b`. */
function otherPair(ctx: SentenceContext, p: Predicate, pairOf: Map<number, ReturnType<typeof bound>> | undefined, at: number, a: string, b: string): boolean {
  const x = pairOf?.get(at);
  if (!x) return false;
  if (![x.subject, x.object].includes(a) && ![x.subject, x.object].includes(b)) return true;
  // "established formal relations with Palau": the partner written right after "with" is the word's one partner, and
  // another name of the clause ("the independence of Palau from the United States") is none. (Only for relations:
  // "war with Japan and Germany" binds a list.)
  if (p !== "diplomatic-relations") return false;
  const partner = ctx.found.find((m) => m.entity === x.object && m.start > at && m.via !== "reference" && WITH_PARTNER.test(ctx.slice.slice(at - ctx.start, m.start - ctx.start)));
  const pair = [x.subject, x.object, ...(x.also ?? []), ...(x.objects ?? [])];
  return (!!partner || pairedJa(ctx, x.subject, x.object)) && (!pair.includes(a) || !pair.includes(b));
}

/** Whether two states are written as one Japanese pair, "日本とトルコは" / "日本とトルコが": the pair a relation word binds. */
function pairedJa(ctx: SentenceContext, a: string, b: string): boolean {
  return ctx.found.some((m) => (m.entity === a || m.entity === b) && ctx.found.some((n) => n.entity === (m.entity === a ? b : a) && n.start === m.end + 1 && ctx.slice[m.end - ctx.start] === "と" && /^[はがも]/.test(ctx.slice.slice(n.end - ctx.start))));
}

/** The words from a relation word to its partner after "with" ("relations with ", "ties with the "). */
const WITH_PARTNER = /^[\w-]+(?:\s+[\w-]+){0,2}?\s+with\s+(?:the\s+)?$/i;

/** The lists of states a preposition governs ("between China and Japan", "war with Japan and Germany") that name `id`. */
function governedLists(ctx: SentenceContext, lists: Mention[][], id: string): Mention[][] {
  return lists.filter((l) => l.some((m) => m.entity === id) && /\b(?:between|with|against|among|amongst)\s+(?:the\s+)?$/i.test(ctx.slice.slice(Math.max(0, l[0]!.start - ctx.start - 12), l[0]!.start - ctx.start)));
}

/**
 * A relation word with the names around it: "Japan joined the UN in 1956", "Japan and China
 * established diplomatic relations in 1972", "the islands are administered by Japan", "the treaty
 * entered into force in 1952". The pair the clause binds to the word decides; other pairs of names in
 * the sentence are read loosely (they may support, never contradict).
 */
export const relationRule: Rule = {
  id: "relation",
  doc: "a relation word (joined, established relations, administered by, entered into force) and the names it binds",
  propose(ctx) {
    const out: Candidate[] = [];
    for (const [p, all] of ctx.cues) {
      if (ELSEWHERE.has(p)) continue;
      // Only words that assert their relation make claims ("applied to join", "accession talks" do not).
      const cues = all.filter((at) => asserted(ctx, at, p) && !(p === "alliance" && treatySigned(ctx, at)));
      if (!cues.length) continue;
      const cue = cues[0]!;
      if (OWN_DATES.has(p)) {
        const owners = new Map(cues.map((at) => [at, ownerOf(ctx, p, at)]));
        for (const a of ctx.ids) {
          if (!fitsRole(ctx, a, p, "subject")) continue;
          // A word said of another name ("the 2020 signed RCEP") or of an unnamed one ("a revised deal was signed") is not this name's.
          const mine = cues.filter((at) => owners.get(at) === undefined || owners.get(at) === a);
          if (!mine.length) continue;
          // "The Treaty (1951) ended the war": the bracketed date is the treaty's own, not its entry into force.
          const named = p === "in-force" && ctx.k.gazetteer.kinds.get(a) === "agreement" && appositiveDate(ctx, a);
          // The word must be said of this name: in its clause ("the treaty entered into force"), not of another's.
          const inClause = mine.filter((at) => nameInClause(ctx, a, at));
          const first = ctx.firstAt.get(a)!;
          const own = inClause.reduce<number | undefined>((b, at) => (b === undefined || Math.abs(at - first) < Math.abs(b - first) ? at : b), undefined);
          out.push({ rule: "relation", subject: a, object: null, p, at: first, cue: own ?? mine[0]!, ...(named ? { undated: true } : {}), ...(own !== undefined ? {} : { loose: true }) });
          // "Under the deal struck in Stockholm in May 2014, Tokyo and Pyongyang agreed …": an agreement between two
          // states, signed, with both named (or their capitals) in the sentence: each of them signed it, then.
          const parties = p === "signed" && own !== undefined ? ctx.k.partiesOf.get(a) : undefined;
          // Named in the clause of the signing, not elsewhere ("the signing of the RAA deal an achievement as both Japan
          // and the Philippines have made progress": no signature is told of them).
          if (parties?.size === 2 && [...parties].every((s) => ctx.found.some((m) => m.entity === s && m.via !== "reference") && nameInClause(ctx, s, own!)))
            for (const s of parties) out.push({ rule: "relation", subject: s, object: a, p: "signatory-of", at: first, cue: own });
        }
        continue;
      }
      // Taking part binds the event and who took part in either order ("China fought in the Korean War"), as a symmetric word does.
      const symmetric = ("symmetric" in PREDICATES[p] && PREDICATES[p].symmetric) || p === "participant";
      // Each word binds its own pair ("invading Manchukuo as well as seizing the Kurils": two occupations).
      const bindings = symmetric ? [] : cues.map((at) => ({ at, b: bound(ctx, p, at) }));
      // A symmetric word whose words bind one pair ("Russia's invasion of Ukraine") binds no other pair of its clause
      // ("… and fear of a Taiwan emergency prompted many Japanese": no war of Japan with Taiwan).
      const pairOf = symmetric ? new Map(cues.map((at) => [at, bound(ctx, p, at)])) : undefined;
      // The lists of states the sentence writes, read once for every pair (see coordinatedAfter).
      let lists: Mention[][] | undefined;
      for (const a of ctx.ids) {
        if (!fitsRole(ctx, a, p, "subject")) continue;
        for (const b of ctx.ids) {
          if (a === b || !fitsRole(ctx, b, p, "object")) continue;
          if (symmetric && a > b && fitsRole(ctx, b, p, "subject")) continue;
          const binding = bindings.find((x) => (x.b?.subject === a || x.b?.also?.includes(a)) && (x.b.object === b || x.b.objects?.includes(b)));
          // A symmetric word binds the pair named together in its own clause; the claim stands where they are
          // named there ("the two countries signed a pact in 1941, although the Soviet government declared war
          // on Japan in August 1945": the war is the second clause's, with its date).
          // "declared war on Japan and Germany", "war with Japan and Germany": two names joined after the word are each
          // its object, not a pair of their own ("between Japan and China" is a pair).
          // (The helpers below are functions of the module, not closures made per pair: under tsx each closure made is
          // also named, which cost about 1 % of a check here.)
          // "conflict between China and Japan … war with Japan and Germany": names in two different lists, each
          // governed by its own preposition, are no pair (China and Germany).
          if (symmetric) {
            const la = governedLists(ctx, (lists ??= stateLists(ctx)), a);
            const lb = governedLists(ctx, lists, b);
            if (la.length && lb.length && !la.some((l) => lb.includes(l))) continue;
          }
          // "As close friends and allies of the US, … Japan and Australia have developed cooperation": a word with its
          // partner after "of" binds pairs with that partner only (no alliance of Japan and Australia is said).
          if (symmetric && cues.every((at) => { const x = partnerAt(ctx, p, at); return x !== undefined && x !== a && x !== b; })) continue;
          const together = symmetric ? cues.find((at) => inClauseAt(ctx, a, at) !== undefined && inClauseAt(ctx, b, at) !== undefined && !coordinatedAfter(ctx, (lists ??= stateLists(ctx)), at, a, b) && !otherPair(ctx, p, pairOf, at, a, b) && [undefined, a, b].includes(partnerAt(ctx, p, at))) : undefined;
          const strict = symmetric ? together !== undefined : !!binding;
          // "The Soviet Union occupied the Kuril Islands in 1945, and Russia has administered Etorofu since 1991": a state
          // and its own successor, paired by nothing but the sentence, are no claim (the USSR holding Russia's land).
          if ((!strict || TERRITORIAL.has(p)) && successionPair(ctx, a, b)) continue;
          const at = together !== undefined ? Math.max(inClauseAt(ctx, a, together)!, inClauseAt(ctx, b, together)!) : Math.max(ctx.firstAt.get(a)!, ctx.firstAt.get(b)!);
          out.push({ rule: "relation", subject: a, object: b, p, at, cue: binding?.at ?? together ?? cue, loose: !strict });
        }
      }
    }
    return out;
  },
};
