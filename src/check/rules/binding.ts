import type { Kind } from "../../model/ids.js";
import { PREDICATES, type Predicate } from "../../model/predicates.js";
import { EXCLUSIVE } from "../claim.js";
import type { SentenceContext } from "../context.js";
import { startsJapanese } from "../fold.js";
import { clauseAround } from "../polarity.js";

/** Whether an entity of this kind can fill the subject (or object) of a predicate. */
export function fitsRole(ctx: SentenceContext, id: string, p: Predicate, role: "subject" | "object"): boolean {
  const kind = ctx.k.gazetteer.kinds.get(id) as Kind | undefined;
  return !!kind && (PREDICATES[p][role] as readonly Kind[]).includes(kind);
}

/** Words of giving up a place to another: the receiver holds it from then on. */
const CEDED = /^(?:ced(?:e|ed|es|ing)|cession|(?:passed|transferred|handed over|fell)\s+to)\b/i;

/** A person's noun before an infinitive: "the first monarch to (effectively) …", "the only emperor to …". */
const PERSON_TO = /\b(?:monarch|emperor|empress|king|queen|ruler|shogun|leader|president|premier|prime minister|envoy|ambassador|man|woman|person)s?\s+to\s+(?:\w+ly\s+)?$/i;

/** "return" right before a word of holding ("return control of …"). */
const RETURNED = /\breturn(?:ed|s|ing)?\s+(?:the\s+)?$/i;

/** Nouns of holding a place that a demonym before them makes the holder's ("a Japanese colony", "American occupation"). */
const HELD_NOUN = /^(?:colony|colonies|occupation|rule|control|mandate|protectorate|administration)\b/i;

// The helpers below are functions of the module, not closures made per call (a closure per call, and tsx's naming
// of each, cost more than the work they do).

/** The last of a list. */
const last = <T>(xs: T[]) => xs[xs.length - 1];

/** A name that only places another ("islands just north of Japan") is not the object. */
const placing = (ctx: SentenceContext, m: { start: number }) => /\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+$/i.test(ctx.slice.slice(Math.max(0, m.start - ctx.start - 30), m.start - ctx.start));

/** What stands between a member and "<organisation> member(s)": a verb of being and words of kind ("are both", "is a fellow"). */
const MEMBER_COPULA = /^\s*(?:(?:is|are|was|were|as|became|become|becomes|remains?|remained)\s+)?(?:(?:not|never|no longer)\s+)?(?:(?:both|all|fellow|a|an|the|founding|original|full|now)\s+)*$/i;

/**
 * Who the words around a relation word make its subject and object: in the active voice the last
 * fitting name before the word and the first after it ("Japan administers the islands"); in the
 * passive, the name after "by" and the one before ("the islands are administered by Japan"). Only
 * names inside the word's clause count. Undefined when the clause does not say.
 *
 * @example bound(ctx, "administers", cueAt) // { subject: "japan", object: "senkaku-islands" }
 */
export function bound(ctx: SentenceContext, p: Predicate, cue: number): { subject: string; object: string; also?: string[]; objects?: string[] } | undefined {
  const rel = cue - ctx.start;
  const [cs, ce] = clauseOf(ctx, rel);
  const inClause = ctx.found.filter((m) => m.start - ctx.start >= cs && m.end - ctx.start <= ce && m.via !== "reference");
  const before = inClause.filter((m) => m.end - ctx.start <= rel);
  const after = inClause.filter((m) => m.start - ctx.start > rel);
  // "Portuguese-administered Macao", "Japanese-controlled islands": the place is the word the compound stands
  // before; where that names nothing known, no other name in the sentence is the place.
  // "the first monarch to effectively rule Japan": the infinitive's subject is the person the noun names, not a
  // state named before it ("Portugal's first envoy …").
  if (PERSON_TO.test(ctx.slice.slice(Math.max(0, rel - 60), rel))) return undefined;
  const holder = ctx.slice[rel - 1] === "-" ? before.at(-1) : undefined;
  if (holder && holder.end - ctx.start === rel - 1) {
    const word = /^\S+/.exec(ctx.slice.slice(rel))![0].length;
    const place = after.find((m) => m.start - ctx.start <= rel + word + 1);
    return place && fitsRole(ctx, holder.entity, p, "subject") && fitsRole(ctx, place.entity, p, "object") ? { subject: holder.entity, object: place.entity } : undefined;
  }
  // Japanese puts both names before the verb, each marked by its particle.
  if (startsJapanese(ctx.slice.slice(rel))) return boundJa(ctx, p, before, rel);
  // "China is a G7 member", "Japan and Germany are both G7 members": the organisation named right before the noun is
  // what the subject belongs to.
  if ((p === "member-of" || p === "party-to") && /^(?:members?|member states?)\b/i.test(ctx.slice.slice(rel))) {
    const group = before.at(-1);
    if (group && /^\s*$/.test(ctx.slice.slice(group.end - ctx.start, rel)) && fitsRole(ctx, group.entity, p, "object")) {
      const member = last(before.filter((m) => m.end <= group.start && fitsRole(ctx, m.entity, p, "subject")));
      return member && MEMBER_COPULA.test(ctx.slice.slice(member.end - ctx.start, group.start - ctx.start)) ? { subject: member.entity, object: group.entity } : undefined;
    }
  }
  // "China ceded Taiwan to Japan", "Taiwan was ceded to Japan", "the cession of Taiwan to Japan": the name after
  // "to" receives and holds the place; the place is the name the verb governs, or the one before a passive.
  // "returned control of the Ryukyu Islands to Japan", "return Okinawa to Japan": as a cession, the name after "to" holds.
  if (CEDED.test(ctx.slice.slice(rel)) || RETURNED.test(ctx.slice.slice(Math.max(0, rel - 12), rel))) {
    const to = after.find((m) => /\bto\s+(?:the\s+)?$/i.test(ctx.slice.slice(Math.max(0, m.start - ctx.start - 12), m.start - ctx.start)) && fitsRole(ctx, m.entity, p, "subject"));
    if (!to) return undefined;
    // "Taiwan passed to Japan", "Taiwan fell to Japan": the place is the name before the verb, as in a passive.
    const passiveCession = /^(?:passed|fell)\s+to\b/i.test(ctx.slice.slice(rel)) || (/^\S+(?:\s+over)?\s+to\b/i.test(ctx.slice.slice(rel)) && /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i.test(ctx.slice.slice(Math.max(0, rel - 20), rel)));
    const held = passiveCession
      ? last(before.filter((m) => m.entity !== to.entity && fitsRole(ctx, m.entity, p, "object")))
      : after.find((m) => m.start < to.start && m.entity !== to.entity && fitsRole(ctx, m.entity, p, "object"));
    return held ? { subject: to.entity, object: held.entity } : undefined;
  }
  // "The Ryukyu Kingdom became Japan's territory", "… became Japanese territory": the name inside the phrase holds
  // the place, the name before the verb is held.
  const territory = /^became\s+(?:part\s+of\s+)?(?:the\s+)?(?:[A-Z][a-z]+['’]s\s+|[A-Z][a-z]+\s+)?territory\b/.exec(ctx.slice.slice(rel));
  if (territory) {
    const holder = after.find((m) => m.end - ctx.start <= rel + territory[0].length && fitsRole(ctx, m.entity, p, "subject"));
    const place = last(before.filter((m) => fitsRole(ctx, m.entity, p, "object")));
    return holder && place ? { subject: holder.entity, object: place.entity } : undefined;
  }
  const passive = /^\w*\s+by\b/i.test(ctx.slice.slice(rel)) || /^\S*ed\s+by\b/i.test(ctx.slice.slice(rel));
  if (passive) {
    const agent = after.find((m) => fitsRole(ctx, m.entity, p, "subject"));
    // "The islands are … in the East China Sea and claimed by China": a participle joined by "and" is said of the
    // sentence's subject, the first name, not of the name nearest it.
    const joined = /(?:\band|,)\s+(?:(?:are|is|were|was)\s+)?(?:\w+ly\s+)?$/i.test(ctx.slice.slice(Math.max(0, rel - 30), rel));
    const patients = before.filter((m) => fitsRole(ctx, m.entity, p, "object"));
    const patient = joined ? patients[0] : last(patients);
    // "claimed by China, Japan and South Korea": each agent of the list.
    const also = agent ? coordinated(ctx, after.filter((m) => fitsRole(ctx, m.entity, p, "subject")), agent, 1) : [];
    return agent && patient ? { subject: agent.entity, object: patient.entity, ...(also.length ? { also } : {}) } : undefined;
  }
  // "Taiwan was a Japanese colony", "the American occupation of Japan": the demonym right before the noun holds,
  // the place after "of" (or else the name before) is held.
  const owner = last(before);
  if (owner?.via === "demonym" && HELD_NOUN.test(ctx.slice.slice(rel)) && /^\s*$/.test(ctx.slice.slice(owner.end - ctx.start, rel)) && fitsRole(ctx, owner.entity, p, "subject")) {
    const word = /^\S+/.exec(ctx.slice.slice(rel))![0].length;
    const of = after.find((m) => /^\s+(?:of|over)\s+(?:the\s+)?$/i.test(ctx.slice.slice(rel + word, m.start - ctx.start)));
    // "acknowledged Japanese rule over the Ryukyu Islands": a place written after "of" or "over" that names nothing
    // known leaves the claim unsaid; a name earlier in the sentence is not that place.
    if (!of && /^\s+(?:of|over)\s/i.test(ctx.slice.slice(rel + word))) return undefined;
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
  // A name a preposition governs is no subject ("which Japan later returned to China with the signing of the Treaty":
  // Japan signed, not China), unless every name before the word is so governed.
  // A demonym right before the word is its own adjective, whatever governs the phrase ("led to the Japanese conquest").
  const free = subjects.filter((m) => /^\s*$/.test(ctx.slice.slice(m.end - ctx.start, rel)) || !GOVERNED.test(ctx.slice.slice(Math.max(0, m.start - ctx.start - 12), m.start - ctx.start)));
  const subject = participle ? (mainSubject(ctx, p, rel) ?? subjects[0]) : elided ? subjects[0] : (last(free) ?? last(subjects));
  // "China began disputing Japan's claim over the islands": the one disputing another's claim makes its own.
  const disputed = subject && p === "claims" ? counterclaimant(ctx, subjects, subject) : undefined;
  if (disputed) return bindCounter(ctx, p, after, disputed, subject!);
  // A place held is named, not qualified: "resistance from an untrained Chinese Army" holds no China.
  // "recognized American control of Guam": a demonym qualifying a noun is no state recognised ("the Chinese
  // government" is).
  const object = after.find(
    (m) =>
      fitsRole(ctx, m.entity, p, "object") && m.entity !== subject?.entity && !placing(ctx, m) && !(EXCLUSIVE.has(p) && m.via === "demonym") &&
      !(p === "recognizes" && m.via === "demonym" && !/^\s+(?:government|state|regime|republic|people's republic)\b/i.test(ctx.slice.slice(m.end - ctx.start))),
  );
  // "China, Taiwan and Japan claim the islands": each subject of the list right before the word.
  const also = subject && !elided ? coordinated(ctx, subjects, subject, -1) : [];
  return subject && object ? { subject: subject.entity, object: object.entity, ...(also.length ? { also: also.filter((x) => x !== object.entity) } : {}) } : undefined;
}

/** A preposition right before a name (after "the"). */
const GOVERNED = /\b(?:to|with|from|against|into|towards?|for|on|over|between|among|at|in|of)\s+(?:the\s+)?$/i;

/** Words of disputing another's claim, right before the other's possessive name. */
const DISPUTING = /\b(?:disput\w*|contest\w*|challeng\w*|reject\w*|deny\w*|denie\w*)\s+(?:\w+\s+)?$/i;

/** The name that disputes `owner`'s claim ("China … disputing Japan's claim"), if the words say so. */
function counterclaimant(ctx: SentenceContext, subjects: SentenceContext["found"], owner: SentenceContext["found"][number]): SentenceContext["found"][number] | undefined {
  if (!/^'s\b|^’s\b/.test(ctx.slice.slice(owner.end - ctx.start))) return undefined;
  if (!DISPUTING.test(ctx.slice.slice(Math.max(0, owner.start - ctx.start - 30), owner.start - ctx.start))) return undefined;
  return subjects.filter((m) => m.end <= owner.start && m.entity !== owner.entity).at(-1);
}

/** The pair for a counterclaim: the disputing name claims the place; the owner's claim is only presupposed, no claim. */
function bindCounter(ctx: SentenceContext, p: Predicate, after: SentenceContext["found"], by: SentenceContext["found"][number], owner: SentenceContext["found"][number]) {
  const object = after.find((m) => fitsRole(ctx, m.entity, p, "object") && !placing(ctx, m));
  return object && object.entity !== owner.entity ? { subject: by.entity, object: object.entity } : undefined;
}

/**
 * The pair a Japanese clause binds by its particles: the name marked が acts, a topic (は) beside it is what it acts
 * on ("尖閣諸島は日本が実効支配している"); else the topic acts on the name marked に, を, と or へ ("日本は1956年に国際連合に加盟した").
 */
function boundJa(ctx: SentenceContext, p: Predicate, before: SentenceContext["found"], rel: number): { subject: string; object: string; objects?: string[] } | undefined {
  const marked = (re: RegExp) => before.filter((m) => re.test(ctx.slice.slice(m.end - ctx.start, m.end - ctx.start + 1)));
  const topic = marked(/は/).at(-1);
  const agent = marked(/が/).at(-1);
  const target = marked(/[にをとへ]/).at(-1);
  // "日本の国際連合への加盟": a noun phrase names its own pair, A の B への (or B の) right before the word.
  const last = before.at(-1);
  const owner = last && /^(?:への|の|に対する)$/.test(ctx.slice.slice(last.end - ctx.start, rel)) ? before.at(-2) : undefined;
  if (owner && last && ctx.slice.slice(owner.end - ctx.start, last.start - ctx.start) === "の" && owner.entity !== last.entity && fitsRole(ctx, owner.entity, p, "subject") && fitsRole(ctx, last.entity, p, "object"))
    return { subject: owner.entity, object: last.entity };
  const [subject, object] = agent && topic && !target ? [agent, topic] : [agent ?? topic, target];
  if (!subject || !object || subject.entity === object.entity) return undefined;
  if (!fitsRole(ctx, subject.entity, p, "subject") || !fitsRole(ctx, object.entity, p, "object")) return undefined;
  // "択捉島、国後島、色丹島、歯舞群島を占拠し": the names listed before the marked one share its particle.
  const objects: string[] = [];
  for (let i = before.indexOf(object); i > 0; i--) {
    const [a, b] = [before[i - 1]!, before[i]!];
    if (a === subject || !JA_LIST_GAP.test(ctx.slice.slice(a.end - ctx.start, b.start - ctx.start)) || !fitsRole(ctx, a.entity, p, "object")) break;
    if (a.entity !== object.entity && a.entity !== subject.entity) objects.push(a.entity);
  }
  return { subject: subject.entity, object: object.entity, ...(objects.length ? { objects } : {}) };
}

/** Between two names of one Japanese list: 、, ・, と, や or 及び. */
const JA_LIST_GAP = /^\s*(?:、|・|と|や|及び|および)\s*$/u;

/** Between two names of one list: a comma, "and", or both. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;

/** The names coordinated with `from` in a list ("China, Japan and South Korea"), walking forward (1) or back (-1). */
function coordinated(ctx: SentenceContext, names: SentenceContext["found"], from: SentenceContext["found"][number], dir: 1 | -1): string[] {
  const out: string[] = [];
  let i = names.indexOf(from);
  for (let j = i + dir; j >= 0 && j < names.length; j += dir) {
    const [a, b] = dir === 1 ? [names[i]!, names[j]!] : [names[j]!, names[i]!];
    if (!LIST_GAP.test(ctx.slice.slice(a.end - ctx.start, b.start - ctx.start))) break;
    if (names[j]!.entity !== from.entity && !out.includes(names[j]!.entity)) out.push(names[j]!.entity);
    i = j;
  }
  return out;
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
  if (!named) return /\b(?:it|they|which|who|its|their)\b/i.test(head) ? [0, ce] : [cs, ce];
  // "the first Sino-Japanese War which China lost": with its own subject named, "which" is the word's object, the
  // name written right before it.
  const which = /\bwhich$/i.exec(ctx.slice.slice(Math.max(0, cs - 6), cs));
  const antecedent = which ? ctx.found.filter((m) => m.end - ctx.start <= cs - 5 && /^[\s,]*$/.test(ctx.slice.slice(m.end - ctx.start, cs - 5))).at(-1) : undefined;
  return antecedent ? [antecedent.start - ctx.start, ce] : [cs, ce];
}

/** Whether a name is written in the clause of a word said of it alone ("the treaty entered into force"). */
export function nameInClause(ctx: SentenceContext, a: string, cue: number): boolean {
  const [cs, ce] = clauseOf(ctx, cue - ctx.start);
  return ctx.found.some((m) => m.entity === a && m.start - ctx.start >= cs && m.end - ctx.start <= ce);
}
