import type { Predicate } from "../../model/predicates.js";
import type { Candidate } from "../claim.js";
import type { SentenceContext } from "../context.js";
import type { Mention } from "../gazetteer.js";
import { existedDuring } from "../knowledge.js";
import { bound } from "./binding.js";
import { asserted } from "./cues.js";
import type { Rule } from "./rule.js";

/** What separates the items of a list of states: a comma, "and", "as well as", Japanese 、・と・及び. */
const LIST_GAP = /^\s*(?:,|、|・|;|&|\band\b|\bas well as\b|及び|および|と|並びに)?\s*(?:\band\b\s*)?(?:the\s+)?$/i;

/** Words between an agreement or organisation and a list that make the list its parties or members. */
const BETWEEN = /\b(?:agreement|treaty|pact|deal|partnership|accord|convention|arrangement|bloc|grouping|alliance)\s+(?:\w+\s+){0,2}?(?:between|among|amongst|of)\s+(?:the\s+)?$/i;
/** "between" right after an agreement's name, an abbreviation in brackets and "signed" allowed between. */
// The name may itself be the abbreviation in brackets ("a reciprocal access agreement (RAA) between …").
const NAME_BETWEEN = /^\s*\)?\s*(?:\([^()]{1,12}\)\s*)?(?:(?:signed|concluded)\s+)?between\s+(?:the\s+)?$/i;
/** Words before a name that make it what something else is about ("talks on the TPP", "a dispute over the treaty"). */
const ABOUT_BEFORE = /\b(?:on|over|about|regarding|concerning|for|to|into|under)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$/i;
/** The words that open a clause telling what happened in the event just named: ", in which", "during which". */
const IN_WHICH = /\b(?:in|during|at)\s+which\s+(?:the\s+)?$/i;
// "ASEAN, which groups Brunei, Cambodia …", "the ASEAN group — Brunei, Indonesia …": the list after is its members.
const INCLUDING = /(?:\b(?:which\s+)?group(?:s|ed|ing)\b|\b(?:group|bloc|grouping)\s*[—–:]|\b(?:also\s+)?includ(?:ing|es|ed)|\b(?:members|parties|signatories)(?:\s+(?:are|were|include|included))?\s*:?|\bcompris(?:ing|es|ed)|\bconsist(?:s|ed|ing)?\s+of|\b(?:is|are|was|were)\s+made\s+up\s+of|\bnamely)\s*$/i;
/** Words between a list and the group it belongs to: "are both partners in the", ", fellow members of the". */
const PARTNERS_IN = /^\s*,?\s*(?:(?:are|were|as|became|remain|remained)\s+)?(?:(?:not|never|no longer)\s+)?(?:(?:both|all|fellow|founding|original|full)\s+)*(?:partners|members|member states)\s+(?:in|of)\s+(?:the\s+)?/i;
/** "Members of the Quad are …": the words before an organisation that make the list after it its members. */
const MEMBERS_OF = /\b(?:members|member states|parties|signatories)\s+of\s+(?:the\s+)?$/i;

/** A participle of signing with the list of who signed after it ("signed between Japan and China", "signed by A, B and C"). */
const SIGNED_BY = /\bsigned\b[^,;]{0,40}?\b(?:between|by|among)\s+(?:the\s+)?$/i;

/** "…, signed in September 2002 by", "… was signed between": who signed follows (persons, or states). */
// Places and a date may stand between ("signed simultaneously in Washington, DC, and Tokyo on June 17, 1971, by …"),
// but no other act ("signed in 1951 and ratified by …").
const SIGNERS_FOLLOW = /^[^.;]{0,30}?\bsigned\b(?:(?!\b(?:ratified|approved|accepted|entered|ended|but|while|which)\b)[^.;]){0,90}?\b(?:by|between|among)\s+(?:the\s+)?/i;

/**
 * The persons and states listed as signers from `from` (an offset in the text, right after "signed … by"), titles
 * allowed between them: "by Prime Minister Koizumi and leader Kim Jong Il". A denial or a contrast ends the list ("…by
 * Koizumi, not by Kim Jong Un"); a demonym names a person's country ("North Korean leader Kim Jong Il"), not a signer;
 * the person a signer acted for did not sign ("by William P. Rogers on behalf of US President Richard Nixon and Kiichi
 * Aichi …": the state did, through the signer), until "and" or a comma names the next signer.
 */
export function signersFrom(ctx: SentenceContext, from: number): Mention[] {
  const out: Mention[] = [];
  let principal = false;
  for (const m of ctx.found.filter((x) => x.start >= from && x.via !== "reference").sort((a, b) => a.start - b.start)) {
    const gap = ctx.slice.slice(from - ctx.start, m.start - ctx.start);
    if (!/^[\s,]*(?:and\s+)?(?:[\w'’.-]+\s+){0,4}$/.test(gap) || /\b(?:not|but|except|rather|instead|nor)\b/i.test(gap)) break;
    if (/\b(?:on behalf of|representing)\b/i.test(gap)) principal = true;
    else if (/,|\band\b/.test(gap)) principal = false;
    if ((m.kind === "person" && !principal) || (m.kind === "state" && m.via === "name")) out.push(m);
    from = m.end;
  }
  return out;
}

/** "… with" right after an agreement's name, and optionally "the": the states named next signed it with the signer. */
export const WITH_AFTER = /^\s+with\s+(?:the\s+)?$/i;
/** A demonym names the state that signs only as its government or side: "with the Chinese government". */
const GOVERNMENT_AFTER = /^\s+(?:government|side|delegation|authorities|empire)\b/i;
/** A participle or verb of signing or concluding, in the words before an agreement's name ("signed the", "concluded a"). */
const SIGNING_BEFORE = /\b(?:signed|signs|signing|sign|concluded|concludes|concluding)\s+(?:(?:the|a|an|its|this)\s+)?$/i;

/**
 * "Japan signed the Treaty of Kanagawa with the United States", "he signed the Treaty of Kanagawa with the Chinese
 * government": the states named right after "with" signed the named agreement too. Only after a signing word said
 * right before the name, and asserted; a list after "with" gives each of its states.
 */
function signedWith(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  const cues = (ctx.cues.get("signed") ?? []).filter((at) => asserted(ctx, at, "signed"));
  for (const owner of ctx.found.filter((o) => o.via !== "reference" && o.kind === "agreement")) {
    const before = ctx.slice.slice(Math.max(0, owner.start - ctx.start - 24), owner.start - ctx.start);
    const cue = cues.find((at) => at < owner.start && at >= owner.start - 24);
    if (cue === undefined || !SIGNING_BEFORE.test(before)) continue;
    let from = owner.end;
    for (const m of ctx.found.filter((x) => x.start >= owner.end && x.kind === "state" && x.via !== "reference").sort((a, b) => a.start - b.start)) {
      const gap = ctx.slice.slice(from - ctx.start, m.start - ctx.start);
      if (from === owner.end ? !WITH_AFTER.test(gap) : !LIST_GAP.test(gap)) break;
      const after = ctx.slice.slice(m.end - ctx.start, m.end - ctx.start + 16);
      if (/^['’]s\b/.test(after) || (m.via === "demonym" && !GOVERNMENT_AFTER.test(after))) break;
      out.push({ rule: "party-list", subject: stateOnDay(ctx, m.entity, signingDay(ctx, owner.entity)), object: owner.entity, p: "signatory-of", at: m.start, cue });
      from = m.end;
    }
  }
  return out;
}

/** The first day an agreement was signed on, when recorded. */
function signingDay(ctx: SentenceContext, id: string): string | undefined {
  return (ctx.k.byEnds.get(`${id}|`) ?? []).find((r) => r.p === "signed" && r.status !== "rejected" && r.s_min)?.s_min ?? undefined;
}

/**
 * The state a name meant on a day: itself if it existed then, else the one predecessor that did ("the Chinese
 * government" of 1854 is the Qing). Itself when the day is unknown or no single predecessor fits.
 */
function stateOnDay(ctx: SentenceContext, id: string, day: string | undefined): string {
  if (!day) return id;
  const spans = ctx.k.exists.get(id) ?? [];
  if (!spans.length || existedDuring(spans, day, day)) return id;
  const alive = (ctx.k.predecessors.get(id) ?? []).filter((p) => existedDuring(ctx.k.exists.get(p) ?? [], day, day));
  return alive.length === 1 ? alive[0]! : id;
}

/** The predicate a list of parties holds to an agreement (party to) or an organisation (member of). */
const MEMBERSHIP: Partial<Record<string, Predicate>> = { agreement: "party-to", organization: "member-of" };
/** Relation words whose subject may be a list ("Japan, China and Korea signed …"). */
const LISTABLE: readonly Predicate[] = ["signatory-of", "party-to", "member-of"];

/**
 * Runs of two or more states written as a list ("Australia, Brunei, Canada and Japan"), each the
 * mentions it holds, in order.
 *
 * @example stateLists(ctx).map((l) => l.map((m) => m.entity)) // [["australia", "brunei", "canada", "japan"]]
 */
export function stateLists(ctx: SentenceContext): Mention[][] {
  const states = ctx.found.filter((m) => m.kind === "state" && m.via !== "reference").sort((a, b) => a.start - b.start);
  const lists: Mention[][] = [];
  let run: Mention[] = [];
  for (const m of states) {
    const prev = run[run.length - 1];
    if (prev && m.start >= prev.end && LIST_GAP.test(ctx.slice.slice(prev.end - ctx.start, m.start - ctx.start))) run.push(m);
    else {
      if (run.length >= 2) lists.push(run);
      run = [m];
    }
  }
  if (run.length >= 2) lists.push(run);
  return lists;
}

/**
 * A list of states and the agreement or organisation it belongs to: "CPTPP is a trade agreement
 * between Australia, Brunei … and Vietnam", "RCEP, also including Australia, New Zealand and …",
 * "Japan, China and Korea signed RCEP", "A, B and C joined ASEAN". Every state of the list is a party
 * (or member, or signatory), bound by the words as firmly as the one the verb stands beside; the
 * relation rule alone binds only the nearest.
 */
export const partyListRule: Rule = {
  id: "party-list",
  doc: "a list of states given as the parties, signatories or members of a named agreement or organisation",
  propose(ctx) {
    const out: Candidate[] = [];
    // "The Declaration, signed in September 2002 by Prime Minister Koizumi and leader Kim Jong Il": the persons
    // named after "signed … by", in its clause, signed it (titles may stand between them); so did the states
    // named so ("the Treaty, signed between the Allies and Japan in 1951": Japan signed it).
    // The agreement may be one the text named before ("The document was signed … by …", read in the text).
    for (const owner of ctx.found.filter((o) => o.kind === "agreement")) {
      const rest = ctx.slice.slice(owner.end - ctx.start);
      const by = SIGNERS_FOLLOW.exec(rest);
      if (!by) continue;
      for (const m of signersFrom(ctx, owner.end + by.index + by[0].length)) out.push({ rule: "party-list", subject: m.entity, object: owner.entity, p: "signatory-of", at: m.start, cue: owner.end + by.index });
    }
    out.push(...signedWith(ctx));
    const lists = stateLists(ctx);
    if (!lists.length) return out;
    const add = (list: Mention[], p: Predicate, object: string, cue: number) => {
      for (const m of list) out.push({ rule: "party-list", subject: m.entity, object, p, at: m.start, cue });
    };
    // A verb whose subject is a list: every item is its subject.
    for (const p of LISTABLE) {
      for (const cue of (ctx.cues.get(p) ?? []).filter((at) => asserted(ctx, at, p))) {
        const b = bound(ctx, p, cue);
        const list = b && lists.find((l) => l.some((m) => m.entity === b.subject) && l[l.length - 1]!.end <= cue);
        if (list) add(list, p, b.object, cue);
      }
    }
    // "The Treaty … signed between Japan and China": the list after a participle of signing signed it.
    for (const list of lists) {
      const first = list[0]!;
      const owner = ctx.found.filter((o) => o.via !== "reference" && o.kind === "agreement" && o.end <= first.start).pop();
      if (!owner) continue;
      const gap = ctx.slice.slice(owner.end - ctx.start, first.start - ctx.start);
      if (/[.;!?]/.test(gap) || gap.length > 60 || !SIGNED_BY.test(gap)) continue;
      add(list, "signatory-of", owner.entity, owner.end + gap.search(/sign/i) + 0);
    }
    // "The Triple Intervention in 1895, in which Russia, France and Germany coerced Japan": the list that opens the
    // clause saying what happened in an event named just before took part in it.
    // "The Five-Power Treaty (also called …), in which the United States, Britain, Japan, France and Italy pledged …":
    // the states that pledged in an agreement signed it.
    for (const list of lists) {
      const first = list[0]!;
      const owner = ctx.found.filter((o) => o.via !== "reference" && (o.kind === "event" || o.kind === "agreement") && o.end <= first.start).pop();
      if (!owner) continue;
      // A bracketed aside after the name ("(also called the Naval Limitations Treaty)") stands outside the clause.
      const gap = ctx.slice.slice(owner.end - ctx.start, first.start - ctx.start).replace(/^\s*\([^()]*\)/, "");
      if (gap.length > 40 || /[.;!?]/.test(gap) || !IN_WHICH.test(gap)) continue;
      for (const m of list) {
        if (owner.kind === "agreement") out.push({ rule: "party-list", subject: m.entity, object: owner.entity, p: "signatory-of", at: m.start, cue: first.start - 1 });
        else out.push({ rule: "party-list", subject: owner.entity, object: m.entity, p: "participant", at: m.start, cue: first.start - 1 });
      }
    }
    // "Japan and Germany are partners in the G7", "Japan and Britain, fellow members of the CPTPP": the list right
    // before belongs to the group named after the words.
    for (const list of lists) {
      const end = list[list.length - 1]!.end;
      const words = PARTNERS_IN.exec(ctx.slice.slice(end - ctx.start));
      const owner = words && ctx.found.find((o) => o.start === end + words[0].length && o.via !== "reference" && MEMBERSHIP[o.kind]);
      if (!owner) continue;
      const cue = end + words![0].search(/partner|member/i);
      if (asserted(ctx, cue, MEMBERSHIP[owner.kind]!)) add(list, MEMBERSHIP[owner.kind]!, owner.entity, cue);
    }
    // A list written after the name it belongs to ("… is a trade agreement between A, B and C").
    const owners = ctx.found.filter((m) => m.via !== "reference" && MEMBERSHIP[m.kind]);
    for (const list of lists) {
      const first = list[0]!;
      const owner = owners.filter((o) => o.end <= first.start).pop();
      if (!owner) continue;
      const gap = ctx.slice.slice(owner.end - ctx.start, first.start - ctx.start);
      // Nothing but the words that make the list its members may stand between: no other list or sentence part.
      if (/[.;!?]/.test(gap) || gap.length > 90 || ctx.found.some((m) => m.start >= owner.end && m.end <= first.start && m.kind === "state")) continue;
      const membersOf = MEMBERS_OF.test(ctx.slice.slice(Math.max(0, owner.start - ctx.start - 30), owner.start - ctx.start)) && /^\s+(?:are|were|include[sd]?)\s*:?\s*$/i.test(gap);
      // "The Okinawa Reversion Agreement between the United States and Japan": right after the name (an abbreviation in
      // brackets may stand between), unless the name is what talks or a dispute are about ("talks on the TPP between …").
      // A name that goes on with "between" is written out ("the Treaty on Basic Relations between the Republic of Korea
      // and Japan"): a name asserts nothing of the parties.
      // A bracket closes only round an abbreviation ("(RAA) between"), not round a name in another script.
      const bracketed = /^\s*\)/.test(gap) && !/^[A-Z][A-Za-z0-9-]{1,11}$/.test(owner.text);
      const right = owner.kind === "agreement" && NAME_BETWEEN.test(gap) && !bracketed && !ABOUT_BEFORE.test(ctx.slice.slice(Math.max(0, owner.start - ctx.start - 30), owner.start - ctx.start)) && !(ctx.k.gazetteer.englishNames.get(owner.entity) ?? []).some((n) => n.toLowerCase().startsWith(`${owner.text.toLowerCase()} between `));
      if (!BETWEEN.test(gap) && !INCLUDING.test(gap) && !membersOf && !right) continue;
      // "… have applied to join CPTPP: China, …": a membership word in between that asserts nothing makes the list no members.
      if (LISTABLE.some((p) => (ctx.cues.get(p) ?? []).some((at) => at >= owner.end - 40 && at < first.start && !asserted(ctx, at, p)))) continue;
      // "RCEP was signed by 15 countries in November 2020, including Japan, China …": those listed signed it then; they
      // became parties only when it entered into force for them.
      // "The RCEP agreement between Japan and China was signed in 2020": the list "between" signed it then too.
      const between = owner.kind === "agreement" && (right || BETWEEN.test(gap));
      const signing = owner.kind === "agreement" && (ctx.cues.get("signed") ?? []).some((at) => at >= owner.end && (between || at < first.start) && asserted(ctx, at));
      // "The Okinawa Reversion Agreement between the United States and Japan": who its parties are, at no date.
      if (between && !signing) for (const m of list) out.push({ rule: "party-list", subject: m.entity, object: owner.entity, p: "party-to", at: m.start, cue: first.start - 1, timeless: true });
      else add(list, signing ? "signatory-of" : MEMBERSHIP[owner.kind]!, owner.entity, first.start - 1);
    }
    return out;
  },
};
