// What the knowledge base decides by what it does not hold, or by another's record: a state missing from
// a whole list of parties, a person missing from a whole list of signers, a visit made by someone else,
// an agreement that never entered into force; and a bilateral agreement's signature for either party.
import type { Predicate } from "../model/predicates.js";
import type { StatementRow } from "../kb/store.js";
import type { SentenceContext } from "./context.js";
import { existedDuring } from "./knowledge.js";
import type { decide } from "./verdict.js";
import type { WhyCode } from "./why.js";

/** What of a claim decides it here (a claim's candidate, as claim.ts reads it). */
interface Candidate {
  p: Predicate;
  subject: string;
  object: string | null;
  loose?: boolean;
  /** For a participant: the person recorded in the role the named one is said to have filled. */
  instead?: string;
}

/** Statements of a predicate between two ends, in either direction (byEnds holds each under both orders). */
export const rowsOf = (ctx: SentenceContext, a: string, b: string | null, p: Predicate) => (ctx.k.byEnds.get(`${a}|${b ?? ""}`) ?? []).filter((r) => r.p === p);

/** The value of an "entry into force" attribute saying the agreement never entered (or has not entered) into force. */
const NEVER_IN_FORCE = /^(?:never|not|has not|did not|has never)\b[^:;]*\b(?:entered|enter|in force)\b/i;

/** A state with the states it succeeded and those that succeeded it (Russia, the USSR): one for a whole list. */
export function sameState(ctx: SentenceContext, id: string): Set<string> {
  // Through every step: the Russian Empire, the USSR and Russia are one for a list.
  const same = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const x of [...same]) {
      for (const p of ctx.k.predecessors.get(x) ?? []) if (!same.has(p)) (same.add(p), (grew = true));
      for (const s of ctx.k.successors.get(x) ?? []) if (!same.has(s)) (same.add(s), (grew = true));
    }
  }
  return same;
}

/** Relations of belonging to an agreement or organisation: a state recorded with none of them is not one of its parties. */
const MEMBERSHIP: ReadonlySet<Predicate> = new Set<Predicate>(["party-to", "signatory-of", "member-of"]);

/**
 * The states gaiko records as parties, signatories or members of an agreement or organisation, when
 * the list is curated and whole, and the claimed state (or a predecessor or successor of it) is not among them:
 * "South Korea is a party to the CPTPP" is then contradicted. A bilateral agreement's list is whole with its two
 * parties ("Indonesia signed the Treaty of Portsmouth"); a longer one when a recorded count of members, parties or
 * signatories says so. Undefined when the list does not decide: not known to be whole, imported from a dataset (GGO
 * lists only Japan's own rows), or holding the state in another way (a signatory claimed as a party).
 */
function notAmong(ctx: SentenceContext, c: Candidate): StatementRow[] | undefined {
  if (!MEMBERSHIP.has(c.p) || !c.object || c.loose || ctx.k.gazetteer.kinds.get(c.subject) !== "state") return undefined;
  const all = (ctx.k.byObject.get(c.object) ?? []).filter((r) => MEMBERSHIP.has(r.p));
  const same = sameState(ctx, c.subject);
  if (all.some((r) => same.has(r.subject))) return undefined;
  // Elected, rotating seats (the Security Council's non-permanent members) are recorded only in part: no whole list.
  if (all.some((r) => /non-?permanent|elected/i.test(r.role ?? ""))) return undefined;
  const listed = all.filter((r) => r.status !== "rejected" && !r.origin.startsWith("dataset:") && ctx.k.gazetteer.kinds.get(r.subject) === "state");
  const states = new Set(listed.map((r) => r.subject)).size;
  if (ctx.k.bilateral.has(c.object)) return states >= 2 ? listed : undefined;
  // A longer list is whole only when it holds as many states as a recorded count of its members or parties says:
  // the European Union's eleven members recorded are not its twenty-seven ("Austria is a member of the European
  // Union" had been contradicted), nor ASEAN's ten before Timor-Leste's admission its eleven.
  const counted = countRows(ctx, c.object);
  return counted.length > 0 && counted.every((r) => states >= Number(r.value)) ? listed : undefined;
}

/** The role of an attribute that counts an organisation's members, an agreement's parties or signatories, or an event's states. */
const COUNT_ROLE = /^number of (?:member states|members|parties|states parties|signatory countries|signatories|participating states)$/i;

/** The recorded counts of an entity's members, parties, signatories or participating states. */
function countRows(ctx: SentenceContext, id: string): StatementRow[] {
  return (ctx.k.byEnds.get(`${id}|`) ?? []).filter((r) => r.p === "attribute" && r.status !== "rejected" && COUNT_ROLE.test(r.role ?? "") && /^\d+$/.test(String(r.value ?? "")));
}

/** The one count of an entity's states that its records agree on, if any. */
function recordedCount(ctx: SentenceContext, id: string): number | undefined {
  const values = new Set(countRows(ctx, id).map((r) => Number(r.value)));
  return values.size === 1 ? [...values][0] : undefined;
}

/**
 * The persons gaiko records as having signed an agreement, when there is one for each state party
 * (the list is then whole: each party state has a recorded signer who held one of its offices) and the claimed person is not among them: "signed by Koizumi and Kim Jong
 * Un" is contradicted by the record that Kim Jong Il signed.
 */
function notAmongSigners(ctx: SentenceContext, c: Candidate): { rows: StatementRow[]; kind: "not-among-signers" | "signed-in-office" } | undefined {
  if (c.p !== "signatory-of" || !c.object || c.loose || ctx.k.gazetteer.kinds.get(c.subject) !== "person") return undefined;
  const signed = (ctx.k.byObject.get(c.object) ?? []).filter((r) => r.p === "signatory-of" && r.status !== "rejected");
  const persons = signed.filter((r) => ctx.k.gazetteer.kinds.get(r.subject) === "person");
  const states = ctx.k.partiesOf.get(c.object)?.size ?? 0;
  if (persons.some((r) => r.subject === c.subject)) return undefined;
  // Whole only when every state party has a signer recorded (two Japanese signers say nothing of China's).
  const parties = [...(ctx.k.partiesOf.get(c.object) ?? [])].filter((s) => ctx.k.gazetteer.kinds.get(s) === "state");
  const covered = new Set(persons.flatMap((r) => (ctx.k.offices.get(r.subject) ?? []).map((o) => o.object)));
  if (parties.some((s) => !covered.has(s)) || persons.length < 2 || persons.length < states) {
    const clash = signedInOfficeOf(ctx, c.subject, c.object, persons);
    return clash && { rows: clash, kind: "signed-in-office" };
  }
  return { rows: persons, kind: "not-among-signers" };
}

/** Whether an office row certainly covers a day (held from on or before it, to on or after it). */
const heldOn = (r: StatementRow, day: string) => !!r.s_max && r.s_max <= day && (r.e_open === 1 || (!!r.e_min && day <= r.e_min));

/**
 * The recorded signers who signed in an office the named person held only at another time: "Prime Minister Sato
 * signed the Joint Communiqué" is contradicted by Tanaka, prime minister on the day of its signing, though
 * China's signer is not recorded. Needs the signing's day and a signer's office on that day.
 */
function signedInOfficeOf(ctx: SentenceContext, person: string, agreement: string, signers: StatementRow[]): StatementRow[] | undefined {
  const signed = (ctx.k.byEnds.get(`${agreement}|`) ?? []).find((r) => r.p === "signed" && r.status !== "rejected" && r.s_min && r.s_min === r.s_max);
  const day = signed?.s_min;
  if (!day) return undefined;
  const mine = (ctx.k.offices.get(person) ?? []).filter((o) => o.role && o.status !== "rejected");
  // Held at the signing, in any office of a state party: the person may have signed in it.
  if (mine.some((o) => heldOn(o, day))) return undefined;
  const keys = new Set(mine.map((o) => `${o.role}|${o.object}`));
  const clash = signers.filter((r) => (ctx.k.offices.get(r.subject) ?? []).some((o) => o.role && heldOn(o, day) && keys.has(`${o.role}|${o.object}`)));
  return clash.length ? clash : undefined;
}

/**
 * The states gaiko records as claiming a place (two or more, curated): a state missing from them does
 * not claim it ("South Korea claims the Senkaku Islands" is contradicted by China, Japan and Taiwan).
 */
function notAmongClaimants(ctx: SentenceContext, c: Candidate): StatementRow[] | undefined {
  if (c.p !== "claims" || !c.object || c.loose || ctx.k.gazetteer.kinds.get(c.object) !== "place" || ctx.k.gazetteer.kinds.get(c.subject) !== "state") return undefined;
  const all = (ctx.k.byObject.get(c.object) ?? []).filter((r) => r.p === "claims" && r.status !== "rejected" && !r.origin.startsWith("dataset:") && ctx.k.gazetteer.kinds.get(r.subject) === "state");
  const same = sameState(ctx, c.subject);
  if (all.some((r) => same.has(r.subject))) return undefined;
  return new Set(all.map((r) => r.subject)).size >= 2 ? all : undefined;
}

/** Events between two states whose two recorded state participants are the whole list: a war, a visit. */
const TWO_SIDED: ReadonlySet<string> = new Set(["war", "visit", "attack", "battle"]);

/**
 * The two states gaiko records as taking part in a war or a visit between two states (curated): a third state
 * did not take part ("Germany fought in the Russo-Japanese War"). Undefined for events with more or fewer recorded
 * states (the Korean War's list need not be whole) and for imported events.
 */
function notAmongParticipants(ctx: SentenceContext, c: Candidate): StatementRow[] | undefined {
  if (c.p !== "participant" || !c.object || c.loose || ctx.k.gazetteer.kinds.get(c.object) !== "state") return undefined;
  const event = ctx.k.events.find((e) => e.id === c.subject);
  if (!event) return undefined;
  // Any other event's list is whole when a recorded count of its participating states says so (the Washington Naval
  // Conference's nine, the Triple Intervention's three).
  const counted = TWO_SIDED.has(event.type ?? "") ? 2 : recordedCount(ctx, c.subject);
  if (counted === undefined) return undefined;
  const all = event.participantList.flatMap((id) => rowsOf(ctx, c.subject, id, "participant")).filter((r) => r.subject === c.subject && r.status !== "rejected" && !r.origin.startsWith("dataset:") && ctx.k.gazetteer.kinds.get(r.object ?? "") === "state");
  const same = sameState(ctx, c.object);
  if (all.some((r) => same.has(r.object!))) return undefined;
  // A state that did not exist then may be named for its predecessor ("Russia fought in the Russo-Japanese War"): no verdict.
  const when = event.occurred.find((r) => r.s_min);
  const existed = ctx.k.exists.get(c.object) ?? [];
  if (!when || (existed.length && !existedDuring(existed, when.s_min!, when.e_max ?? when.s_max!))) return undefined;
  return new Set(all.map((r) => r.object)).size === counted ? all : undefined;
}

/**
 * A person gaiko records in offices of other states only, said to hold an office of this one ("Japanese Foreign
 * Minister Henry Stimson"): the recorded offices, when there are some and none is of this state, its predecessors
 * or its successors. Undefined for a title without a state, a loose reading, or a person with no recorded office.
 */
function officeElsewhere(ctx: SentenceContext, c: Candidate): StatementRow[] | undefined {
  if (c.p !== "holds-office" || !c.object || c.loose || ctx.k.gazetteer.kinds.get(c.subject) !== "person") return undefined;
  const held = (ctx.k.offices.get(c.subject) ?? []).filter((r) => r.status !== "rejected" && r.subject === c.subject && r.object && !r.origin.startsWith("dataset:"));
  if (!held.length) return undefined;
  const same = sameState(ctx, c.object);
  return held.some((r) => same.has(r.object!)) ? undefined : held;
}

/** The places and states a place is recorded as lying in, one step up (its `located-in` statements, none rejected). */
export function locatedInRows(ctx: SentenceContext, place: string): StatementRow[] {
  return [...(ctx.k.neighbours.get(place) ?? [])].flatMap((n) => (ctx.k.byEnds.get(`${place}|${n}`) ?? []).filter((r) => r.p === "located-in" && r.subject === place && r.status !== "rejected" && r.object));
}

/**
 * A city said to lie in a state it is not recorded in ("Manila is located in East Timor"): the states the knowledge base
 * records it in (directly, or through the place it lies in), when there are some and none is this state, its
 * predecessors or its successors. Undefined for a place any dispute concerns, one with no recorded state, or in a
 * sentence that gives a date.
 */
function locatedElsewhere(ctx: SentenceContext, c: Candidate): StatementRow[] | undefined {
  if (c.p !== "located-in" || !c.object || c.loose || ctx.k.gazetteer.kinds.get(c.subject) !== "place" || ctx.k.gazetteer.kinds.get(c.object) !== "state") return undefined;
  for (const places of ctx.k.disputePlaces.values()) if (places.includes(c.subject)) return undefined;
  // A dated sentence may speak of a border since moved ("Seoul was part of Japan in 1930"): only the undated are decided.
  if (ctx.times.length) return undefined;
  const rows: StatementRow[] = [];
  let at = [c.subject];
  for (let depth = 0; depth < 3 && at.length; depth++) {
    const up = at.flatMap((x) => locatedInRows(ctx, x));
    rows.push(...up.filter((r) => ctx.k.gazetteer.kinds.get(r.object!) === "state"));
    at = up.filter((r) => ctx.k.gazetteer.kinds.get(r.object!) === "place").map((r) => r.object!);
  }
  if (!rows.length) return undefined;
  const same = sameState(ctx, c.object);
  return rows.some((r) => same.has(r.object!)) ? undefined : rows;
}

/** Ways the knowledge base decides a claim by what it does not hold, or by another's record. */
export type Absence = "not-among" | "not-among-signers" | "signed-in-office" | "not-among-claimants" | "not-among-participants" | "other-participant" | "never-in-force" | "office-elsewhere" | "located-elsewhere" | "held-elsewhere";

/** The reason when the text denies what is decided by absence ("Taiwan is not a party", "never entered into force"). */
export const DENIED: Record<Absence, WhyCode> = {
  "not-among": "denied-not-among", "not-among-signers": "denied-not-among-signers", "signed-in-office": "denied-signed-in-office", "not-among-claimants": "denied-not-among-claimants", "not-among-participants": "denied-not-among-participants", "other-participant": "denied-other-participant", "never-in-force": "denied-never-in-force", "office-elsewhere": "denied-office-elsewhere", "located-elsewhere": "denied-located-elsewhere", "held-elsewhere": "denied-held-elsewhere",
};

/**
 * A claim decided by absence or by another's record: contradicted, with the reason that says which
 * (how many parties or signers gaiko records, who made the visit, that it never entered into force).
 */
export function byAbsence(ctx: SentenceContext, c: Candidate, absent: Absence, rows: StatementRow[]): ReturnType<typeof decide> {
  const name = (id: string) => ctx.store.ref(id)?.name.en ?? id;
  switch (absent) {
    case "never-in-force":
      return { verdict: "contradicted", expected: null, why: { code: "never-in-force", params: { target: c.subject } }, used: rows };
    case "not-among":
      return { verdict: "contradicted", expected: null, why: { code: "not-among", params: { held: String(new Set(rows.map((r) => r.subject)).size), holder: c.subject, target: c.object ?? "" } }, used: rows };
    case "not-among-claimants": {
      const claimants = [...new Set(rows.map((r) => r.subject))];
      return { verdict: "contradicted", expected: claimants.map(name).join(", "), why: { code: "not-among-claimants", params: { signers: claimants.join(","), holder: c.subject, target: c.object ?? "" } }, used: rows };
    }
    case "not-among-participants": {
      const sides = [...new Set(rows.map((r) => r.object!))];
      return { verdict: "contradicted", expected: sides.map(name).join(", "), why: { code: "not-among-participants", params: { signers: sides.join(","), holder: c.object ?? "", target: c.subject } }, used: rows };
    }
    case "not-among-signers":
      return { verdict: "contradicted", expected: rows.map((r) => name(r.subject)).join(", "), why: { code: "not-among-signers", params: { held: String(rows.length), holder: c.subject, target: c.object ?? "" } }, used: rows };
    case "signed-in-office": {
      const ids = [...new Set(rows.map((r) => r.subject))];
      return { verdict: "contradicted", expected: ids.map(name).join(", "), why: { code: "signed-in-office", params: { signers: ids.join(","), holder: c.subject, target: c.object ?? "" } }, used: rows };
    }
    case "other-participant":
      return { verdict: "contradicted", expected: name(c.instead!), why: { code: "other-participant", params: { holder: c.instead!, who: c.object ?? "", target: c.subject } }, used: rows };
    case "held-elsewhere": {
      const places = [...new Set(rows.map((r) => r.at!).filter(Boolean))];
      return { verdict: "contradicted", expected: places.map(name).join(", "), why: { code: "held-elsewhere", params: { holder: c.subject, signers: places.join(","), target: c.object ?? "" } }, used: rows };
    }
    case "located-elsewhere": {
      const states = [...new Set(rows.map((r) => r.object!))];
      return { verdict: "contradicted", expected: states.map(name).join(", "), why: { code: "located-elsewhere", params: { holder: c.subject, signers: states.join(","), target: c.object ?? "" } }, used: rows };
    }
    case "office-elsewhere": {
      const states = [...new Set(rows.map((r) => r.object!))];
      return { verdict: "contradicted", expected: states.map(name).join(", "), why: { code: "office-elsewhere", params: { holder: c.subject, signers: states.join(","), target: c.object ?? "" } }, used: rows };
    }
  }
}


/**
 * The statements that decide a candidate the knowledge base holds no statement of: a recorded denial of
 * its entry into force, another participant, the signature of a bilateral agreement, or a whole list
 * the claimed state or person is missing from. Undefined when none of these decides it.
 *
 * @example absenceEvidence(ctx, { p: "party-to", subject: "south-korea", object: "cptpp", … })?.absent // "not-among"
 */
export function absenceEvidence(ctx: SentenceContext, c: Candidate): { rows: StatementRow[]; opposite: false; absent?: Absence } | undefined {
  // An agreement recorded as never having entered into force (an attribute "entry into force: never …"):
  // the recorded denial of its entry into force.
  if (c.p === "in-force") {
    const never = rowsOf(ctx, c.subject, null, "attribute").filter((r) => r.status !== "rejected" && r.role === "entry into force" && NEVER_IN_FORCE.test(r.value ?? ""));
    if (never.length) return { rows: never, opposite: false, absent: "never-in-force" };
  }
  if (c.p === "participant" && c.instead) {
    const theirs = rowsOf(ctx, c.subject, c.instead, "participant").filter((r) => r.status !== "rejected");
    return theirs.length ? { rows: theirs, opposite: false, absent: "other-participant" } : undefined;
  }
  // Both parties to a bilateral agreement signed it when it was signed: its signature decides either's.
  if (c.p === "signatory-of" && c.object) {
    // (Only states count: the Tokugawa shogunate signed the Treaty of Kanagawa for Japan, one of its two parties.)
    const parties = [...(ctx.k.partiesOf.get(c.object) ?? [])].filter((s) => ctx.k.gazetteer.kinds.get(s) === "state");
    const signed = rowsOf(ctx, c.object, null, "signed");
    if (parties.length === 2 && parties.includes(c.subject) && signed.length) return { rows: signed, opposite: false };
    // A state a party from the day the agreement was signed (bound by it on signature) signed it that day: "the
    // Tripartite Pact was signed by Germany, Italy and Japan" (each a party from 27 September 1940).
    const day = signed.find((r) => r.status !== "rejected" && r.s_min && r.s_min === r.s_max)?.s_min;
    if (day && rowsOf(ctx, c.subject, c.object, "party-to").some((r) => r.subject === c.subject && r.status !== "rejected" && r.s_min === day && r.s_max === day)) return { rows: signed, opposite: false };
  }
  const sides = notAmongParticipants(ctx, c);
  if (sides) return { rows: sides, opposite: false, absent: "not-among-participants" };
  const claimants = notAmongClaimants(ctx, c);
  if (claimants) return { rows: claimants, opposite: false, absent: "not-among-claimants" };
  const signers = notAmongSigners(ctx, c);
  if (signers) return { rows: signers.rows, opposite: false, absent: signers.kind };
  const listed = notAmong(ctx, c);
  if (listed) return { rows: listed, opposite: false, absent: "not-among" };
  const elsewhere = officeElsewhere(ctx, c);
  if (elsewhere) return { rows: elsewhere, opposite: false, absent: "office-elsewhere" };
  const placed = locatedElsewhere(ctx, c);
  if (placed) return { rows: placed, opposite: false, absent: "located-elsewhere" };
  return undefined;
}
