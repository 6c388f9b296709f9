import type { AgreementListRow } from "../../model/lists.js";
import { agreementAsOf } from "../asof/agreements.js";
import { endText, runsOn, startText } from "../asof/facts.js";
import { worldOf } from "../asof/store.js";
import type { Store } from "../store.js";
import { bestDated, meetsWindow, refOf, sortRows, type ListQuery } from "./common.js";

interface SignedRow { id: string; subject: string; time: string | null; origin: string }

const SORT: Record<string, (r: AgreementListRow) => string | null> = {
  signed: (r) => r.signed,
  "in-force": (r) => r.inForce,
  ended: (r) => r.ended,
  name: (r) => r.agreement.name.en,
  type: (r) => r.type,
};

type Signatures = Map<string, { id: string; time: string | null; curated: boolean }[]>;
const signatures = new WeakMap<Store, Signatures>();

/** Every agreement's signature statements, read once per store (a store is read-only). */
function signaturesOf(store: Store): Signatures {
  let signed = signatures.get(store);
  if (signed) return signed;
  signed = new Map();
  for (const r of store.prepared("SELECT id, subject, time, origin FROM statements WHERE p = 'signed' AND status != 'rejected'").all() as SignedRow[]) {
    const list = signed.get(r.subject) ?? [];
    list.push({ id: r.id, time: r.time, curated: !r.origin.startsWith("dataset:") });
    signed.set(r.subject, list);
  }
  signatures.set(store, signed);
  return signed;
}

/**
 * Agreements with their parties, signature, entry into force and end, and where each stood on the
 * as-of day, all from the as-of engine (`agreementAsOf`): with `asOfGiven` only those in force that day;
 * with `from`/`to` those in force at some time in the window.
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
    const a = agreementAsOf(world, id, q.asOf);
    if (q.asOfGiven && a.state !== "in-force") continue;
    const first = spans.reduce<(typeof spans)[number] | undefined>((m, f) => (!m || f.bounds!.start.min < m.bounds!.start.min ? f : m), undefined);
    const last = spans.reduce<(typeof spans)[number] | undefined>((m, f) => (!m || f.bounds!.start.min > m.bounds!.start.min ? f : m), undefined);
    const sig = bestDated(signed.get(id) ?? []);
    const closed = last && !runsOn(last);
    rows.push({
      agreement: refOf(store, id),
      type: info.type,
      scope: info.scope,
      parties: parties.map((p) => refOf(store, p)),
      signed: sig?.time ?? null,
      inForce: first ? startText(first) : null,
      ended: closed ? endText(last) : null,
      endedHow: closed ? last.role : null,
      standing: a.state,
      certain: a.certain,
      statements: [...(sig ? [sig.id] : []), ...spans.map((f) => f.id)],
    });
  }
  return sortRows(rows, q.sort ?? "signed", SORT, (r) => r.agreement.name.en);
}
