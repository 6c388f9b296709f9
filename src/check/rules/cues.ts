import type { Predicate } from "../../model/predicates.js";
import type { SentenceContext } from "../context.js";
import { isModal } from "../polarity.js";
import { fitsRole } from "./binding.js";

/**
 * Which of a sentence's relation words assert something, and of which name. A trigger word can be
 * there without asserting its relation: an infinitive of purpose ("agreed to revive it … to conclude
 * the CPTPP", "applied to join"), a noun modifying another ("the UK's accession application",
 * "membership talks"), a possessive gerund whose owner the clause does not name ("at the time of its
 * signing"). And a word said of one name is not said of the others: "the 2020 signed RCEP" dates the
 * RCEP; "a revised deal was signed" speaks of a deal the sentence does not name.
 */

/** Words before "to" that keep an infinitive asserted: a quantifier ("the first to join"), a denial ("has yet to ratify", "refused to sign"). */
const ASSERTING_TO = /(?:\b(?:first|last|only|second|third)\b[^,.;]{0,40}|\b(?:yet|failed|fails|fail|refused|refuses|declined|declines|went on)\s+)\bto\s+$/i;
/** A relation noun used as a modifier of what was sought, not of what happened. */
const MODIFIED = /^\S*\s+(?:application|applications|bid|bids|request|requests|talks|negotiations|process|procedures?|aspirations?|hopes?|plans?|ambitions?|candidacy|criteria)\b/i;
/** The unnamed subject of a passive ("a revised deal was signed", "a new pact was concluded"). */
const UNNAMED_PASSIVE = /\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}(?:deal|agreement|pact|treaty|accord|version|text|framework)\s+(?:was|were|is|has been|had been|will be)\s+(?:\w+ly\s+)?$/i;

/** Words of talking, weighing or wishing before a relation word in its clause: the relation is their topic. */
const TOPIC_BEFORE = /\b(?:appl(?:y|ied|ies|ying|ication)\s+for|talks|negotiations?|discussions?|consultations?|discuss(?:ed|es|ing)?|debat(?:e|ed|es|ing)|weigh(?:ed|s|ing)?|hopes?\s+(?:for|of)|wish(?:es|ed)?\s+for|free hand (?:in|to)|calls?\s+for|called\s+for)\b[^.;,:]{0,45}$/i;
/** Japanese: a wish for, a goal of, or talks on the relation right after its word. */
// An application for it (加盟を申請), or what it required (加盟するためには…条件), is no membership either.
const TOPIC_AFTER_JA = /^[^。、]{0,10}?(?:への希望|を希望|の希望|を目指|に向け|交渉|協議|を申請|の申請|申請|するためには|のためには|の条件|の要件)/;
/** A relative pronoun opening the clause of the word: "…, which entered into force", "that was signed in". */
const RELATIVE = /\b(?:which|that)\s+(?:(?:had|has|have|was|were|is|are|never|not|also|later|finally|eventually|formally|officially|then)\s+){0,3}(?:\w+\s+)?$/i;

/** Talks as the subject of a passive "concluded" ("negotiations … were concluded"), or its object. */
const NEGOTIATIONS_BEFORE = /\b(?:negotiations?|talks)(?:\s+[^\s.,;]+){0,5}?\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?$/i;
const NEGOTIATIONS_AFTER = /^conclu\w*\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:negotiations?|talks)\b/i;

/**
 * Whether the relation word at `cue` (offset in the whole text) asserts its relation at all.
 *
 * @example asserted(ctx, cueOf("applied to join")) // false
 */
export function asserted(ctx: SentenceContext, cue: number, p?: Predicate): boolean {
  const rel = cue - ctx.start;
  // "negotiations were concluded", "concluded the talks": the talks ended; nothing was signed.
  if (p === "signed" && /^conclu/i.test(ctx.slice.slice(rel)) && (NEGOTIATIONS_BEFORE.test(ctx.slice.slice(Math.max(0, rel - 60), rel)) || NEGOTIATIONS_AFTER.test(ctx.slice.slice(rel)))) return false;
  const before = ctx.slice.slice(Math.max(0, rel - 60), rel);
  // "agreed to sign", "applied to join": a purpose, not a fact. A modal clause ("plans to join") is left
  // to the modal reading (not checkable, with its reason).
  if (/\bto\s+$/i.test(before) && !ASSERTING_TO.test(before) && !isModal(ctx.slice, rel)) return false;
  // "its ambition to become a permanent member": a purpose too ("the first Asian state to become a member" is a fact).
  const become = /\bto\s+(?:become|be)\s+(?:an?\s+)?(?:(?:permanent|full|founding|non-permanent)\s+)?$/i.exec(before);
  if (become && !ASSERTING_TO.test(before.slice(0, before.length - become[0].length) + "to ") && !isModal(ctx.slice, rel)) return false;
  // A noun ("accession application"), not a verb taking an object ("concluding negotiations … on EPAs").
  if (MODIFIED.test(ctx.slice.slice(rel)) && !/^\w+(?:ed|ing)\b/i.test(ctx.slice.slice(rel))) return false;
  // "the 10 members of ASEAN", "other parties to the treaty": a noun naming the members, said of no name before it.
  if (/^(?:members?|part(?:y|ies)|signator(?:y|ies))\b/i.test(ctx.slice.slice(rel)) && /\b(?:the|its|their|other|all|both|some|several|many|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:founding|original|remaining|other|current|new)\s+)?$/i.test(before) && !/\b(?:first|only|last)\b[^,.;]{0,30}$/i.test(before)) return false;
  // "45 Allied countries … and Japan on the other side": the Allies of the Second World War (a proper noun within the
  // sentence), not an alliance of the states named.
  if (p === "alliance" && rel > 0 && /^Alli(?:ed|es)\b/.test(ctx.slice.slice(rel))) return false;
  // "Japan and Britain fought together in the First World War": allies, not a war between them.
  if (p === "at-war" && /^fought\s+(?:together|alongside|side\s+by\s+side|on\s+the\s+same\s+side)\b/i.test(ctx.slice.slice(rel))) return false;
  // "the 40th anniversary of the signing of the treaty", "on the anniversary of its entry into force": the act is
  // remembered, not dated; a date in the sentence is the anniversary's.
  if (/\banniversary\s+of\s+(?:the\s+|its\s+|their\s+)?$/i.test(before)) return false;
  // "talks on diplomatic relations", "discussed Britain's entry into the war", "a free hand in annexing": the relation
  // is what was talked of, wished or allowed, not what held. (外交関係の回復への希望, 国交正常化交渉: the same in Japanese.)
  if (TOPIC_BEFORE.test(before) || TOPIC_AFTER_JA.test(ctx.slice.slice(rel, rel + 16))) return false;
  // "Britain's possible participation in the TPP", "a prospective member": a possibility, not a fact.
  if (/\b(?:possible|potential|prospective|eventual|would-be|hoped-for)\s+$/i.test(before)) return false;
  // "its signing", "their accession": said of an owner the clause does not name.
  if (/\b(?:its|their)\s+$/i.test(before) && /^\w+ing\b/i.test(ctx.slice.slice(rel))) return false;
  return true;
}

/**
 * The name a relation word of a one-name predicate (signed, in force, occurred) is said of, when the
 * words around it say so: the name right after a participle ("the 2020 signed RCEP"); null for the
 * unnamed subject of a passive ("a revised deal was signed"); undefined when the words do not tell.
 */
export function ownerOf(ctx: SentenceContext, p: Predicate, cue: number): string | null | undefined {
  const rel = cue - ctx.start;
  if (UNNAMED_PASSIVE.test(ctx.slice.slice(Math.max(0, rel - 60), rel))) return null;
  // "It evolved from the TPP, which entered into force …": the relative clause speaks of the name just before it.
  const relative = RELATIVE.exec(ctx.slice.slice(Math.max(0, rel - 40), rel));
  if (relative) {
    const pronoun = rel - relative[0].length;
    const antecedent = ctx.found.filter((m) => m.via !== "reference" && m.end - ctx.start <= pronoun && /^\s*(?:\([^)]*\))?\s*,?\s*$/.test(ctx.slice.slice(m.end - ctx.start, pronoun))).at(-1);
    if (antecedent && fitsRole(ctx, antecedent.entity, p, "subject")) return antecedent.entity;
  }
  const word = /^\S+/.exec(ctx.slice.slice(rel))?.[0] ?? "";
  const next = ctx.found.find((m) => m.via !== "reference" && m.start - ctx.start >= rel + word.length && /^\s*(?:the\s+)?$/i.test(ctx.slice.slice(rel + word.length, m.start - ctx.start)));
  return next && fitsRole(ctx, next.entity, p, "subject") && /ed$/i.test(word) ? next.entity : undefined;
}
