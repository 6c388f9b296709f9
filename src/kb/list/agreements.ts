import type { AgreementListRow } from "../../model/lists.js";
import { agreementAsOf, type AgreementAnswer } from "../asof/agreements.js";
import { closedEnd, endText, startText, type TimedFact } from "../asof/facts.js";
import { nameOnDay } from "../asof/names.js";
import { worldOf } from "../asof/store.js";
import type { World } from "../asof/world.js";
import type { Store } from "../store.js";
import { partyOn } from "../held-on-day.js";
import type { Day } from "../../model/time.js";
import { bestDated, meetsWindow, refOf, sortRows, type ListQuery } from "./common.js";

interface SignedRow { id: string; subject: string; time: string | null; origin: string; s_min: string | null; e_max: string | null; e_open: number | null; e_unknown: number | null }

/** The first and last day a signing date may mean (`1998` → 1998-01-01…1998-12-31), as the build parsed it. */
export interface SignedSpan { min: Day; max: Day }

const SORT: Record<string, (r: AgreementListRow) => string | null> = {
  signed: (r) => r.signed,
  "in-force": (r) => r.inForce,
  ended: (r) => r.ended,
  name: (r) => r.agreement.name.en,
  type: (r) => r.type,
};

type Signatures = Map<string, { id: string; time: string | null; curated: boolean; span: SignedSpan | null }[]>;
const signatures = new WeakMap<Store, Signatures>();

/** Every agreement's signature statements, read once per store (a store is read-only). */
function signaturesOf(store: Store): Signatures {
  let signed = signatures.get(store);
  if (signed) return signed;
  signed = new Map();
  const sql = "SELECT id, subject, time, origin, s_min, e_max, e_open, e_unknown FROM statements WHERE p = 'signed' AND status != 'rejected'";
  for (const r of store.prepared(sql).all() as SignedRow[]) {
    const list = signed.get(r.subject) ?? [];
    // The day bounds the build computed from the EDTF text: no date is parsed again per list.
    const span = r.s_min && r.e_max && !r.e_open && !r.e_unknown ? { min: r.s_min, max: r.e_max } : null;
    list.push({ id: r.id, time: r.time, curated: !r.origin.startsWith("dataset:"), span });
    signed.set(r.subject, list);
  }
  signatures.set(store, signed);
  return signed;
}

/**
 * Agreements with their parties, signature, entry into force and end, and where each stood on the
 * as-of day, all from the as-of engine (`agreementAsOf`): with `asOfGiven` only those in force that day (and,
 * with `with`, those that party was a party to that day: `partyInForce` in held-on-day.ts, as its entity page
 * counts them);
 * with `from`/`to` those in force at some time in the window; with `signedFrom`/`signedTo` those signed in that
 * window (`signedWithin`: a signing date known only to the month or year counts only when wholly inside).
 *
 * @example listAgreements(store, { type: "trade", with: "japan", asOf: "2010-06-01", asOfGiven: true, limit: 100, offset: 0 })
 */
export function listAgreements(store: Store, q: ListQuery): AgreementListRow[] {
  const world = worldOf(store);
  const signed = signaturesOf(store);
  const rows: AgreementListRow[] = [];
  for (const [id, info] of world.agreements) {
    if (q.type !== undefined && info.type !== q.type) continue;
    // Signatories who are people (a prime minister signing) are not parties.
    const parties = [...world.partiesOf(id).keys()].filter((p) => store.ref(p)?.kind !== "person");
    if (q.with !== undefined && !parties.includes(q.with)) continue;
    const spans = world.inForceOf(id).filter((f) => f.bounds);
    if ((q.from !== undefined || q.to !== undefined) && !spans.some((f) => meetsWindow(f, q.from, q.to))) continue;
    const a = standingOf(world, id, q.asOf);
    if (q.asOfGiven && a.standing !== "in-force") continue;
    // With a party and a day: that party's own membership on the day, as its page counts it (partyInForce, whose
    // engine answer `a` already is; Japan left the whaling convention in 2019: in force, but not for Japan).
    if (q.asOfGiven && q.with !== undefined && !partyOn(world, id, q.with, q.asOf as Day)) continue;
    const sig = bestDated(signed.get(id) ?? []);
    if ((q.signedFrom !== undefined || q.signedTo !== undefined) && !signedWithin(sig?.span ?? null, q.signedFrom, q.signedTo)) continue;
    const namesThen = sig?.span ? partyNamesOn(store, parties, sig.span.min) : undefined;
    rows.push({
      agreement: refOf(store, id),
      type: info.type,
      scope: info.scope,
      parties: parties.map((p) => refOf(store, p)),
      ...(namesThen && { partyNamesThen: namesThen }),
      signed: sig?.time ?? null,
      inForce: a.inForce,
      ended: a.ended,
      endedHow: a.endedHow,
      standing: a.standing,
      certain: a.certain,
      statements: [...(sig ? [sig.id] : []), ...spans.map((f) => f.id)],
    });
  }
  return sortRows(rows, q.sort ?? "signed", SORT, (r) => r.agreement.name.en);
}

/**
 * The names the parties went by on a day, where they differ from today's (the engine's dated names), or
 * undefined where none does.
 * @example partyNamesOn(store, ["japan", "thailand"], "1887-09-26") // { thailand: { en: "Siam", ja: "シャム" } }
 */
function partyNamesOn(store: Store, parties: readonly string[], day: Day): Record<string, { en: string; ja: string | null }> | undefined {
  const out: Record<string, { en: string; ja: string | null }> = {};
  for (const p of parties) {
    const then = nameOnDay(store, p, day);
    const now = store.ref(p)?.name;
    if (then && (then.en !== now?.en || then.ja !== now?.ja)) out[p] = then;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Whether a signing date lies in [from, to]: every day it may mean must lie inside, so a year-only "1998"
 * (1998-01-01…1998-12-31) counts for 1990–1999 but not for 1998-06-01–1999-12-31, where it may fall before
 * the window. An unknown date (null span) is never inside.
 *
 * @example signedWithin({ min: "1998-01-01", max: "1998-12-31" }, "1990-01-01", "1999-12-31") // true
 * @example signedWithin({ min: "1998-01-01", max: "1998-12-31" }, "1998-06-01", "1999-12-31") // false
 */
export function signedWithin(span: SignedSpan | null, from: Day | undefined, to: Day | undefined): boolean {
  if (!span) return false;
  return (from === undefined || span.min >= from) && (to === undefined || span.max <= to);
}

/** A row's dates and standing: one answer of the engine for the day, and the in-force span it rests on. */
export interface RowStanding {
  inForce: string | null;
  ended: string | null;
  endedHow: string | null;
  standing: AgreementAnswer["state"];
  certain: boolean;
  /** The in-force statement the dates are read from (null where the agreement has none dated). */
  span: TimedFact | null;
}

/**
 * Where an agreement stood on `day` and the dates a list row shows, from one `agreementAsOf` answer: the
 * start and end of the span it rests on (the span in force; the one that ended last; the one whose end
 * is unknown; or, before any, the first to come). So a row never shows an end beside "in force" or
 * "unknown" from another span than the one the engine decided by: the end of a span in force lies after
 * the day (within a fuzzy end, `certain` is false), and a span of unknown end has none.
 *
 * @example standingOf(world, "us-japan-security-treaty-1951", "1955-01-01") // { inForce: "1952-04-28", ended: "1960-06-23", endedHow: "superseded", standing: "in-force", … }
 */
export function standingOf(world: World, id: string, day: string): RowStanding {
  const a = agreementAsOf(world, id, day);
  const span = a.state === "not-yet" ? earliest(a.basis) : (a.basis[0] ?? null);
  const closed = span !== null && closedEnd(span) !== null;
  return {
    inForce: span ? startText(span) : null,
    ended: closed ? endText(span) : null,
    endedHow: closed ? span.role : null,
    standing: a.state,
    certain: a.certain,
    span,
  };
}

function earliest(facts: readonly TimedFact[]): TimedFact | null {
  return facts.reduce<TimedFact | null>((m, f) => (f.bounds && (!m || f.bounds.start.min < m.bounds!.start.min) ? f : m), null);
}
