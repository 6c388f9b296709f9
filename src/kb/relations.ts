import type { EntityRef, RelationRow, RelationsResult, RelationStatus } from "../model/results.js";
import { holdsOnRow, type Store, type StatementRow } from "./store.js";

export const JAPAN = "japan";

const RELATION_PREDICATES = ["exists", "system-member", "diplomatic-relations", "no-relations", "at-war", "recognizes", "alliance"] as const;

/** The other end of a statement involving `self`, or undefined when it does not involve it. */
function partner(row: StatementRow, self: string): string | undefined {
  if (row.subject === self) return row.object ?? undefined;
  if (row.object === self) return row.subject;
  return undefined;
}

/** The start of an EDTF time as written (`1972-09-29/..` → `1972-09-29`). */
function startText(row: StatementRow): string | null {
  return row.time ? (row.time.split("/")[0] ?? null) : null;
}

function endText(row: StatementRow): string | null {
  const end = row.time?.split("/")[1];
  return end && end !== ".." ? end : null;
}

/**
 * Japan's relationship with every state on `day`: status and since when, whether allied, and the
 * bilateral agreements in force. Status is decided in this order: a state not yet or no longer
 * existing; at war; diplomatic relations; recognised without relations; a known absence of relations;
 * relations that ended before the day ("severed"); "none" when relations began only later; and
 * "unknown" where the knowledge base holds nothing. `certain` is false when a fuzzy date bound
 * (a bare year, say) covers the day.
 *
 * @example relationsAsOf(store, "1972-09-30").relations.find(r => r.state.id === "china")?.status // "diplomatic-relations"
 */
export function relationsAsOf(store: Store, day: string): RelationsResult {
  const { byState, bilateral } = facts(store);
  const agreements = bilateralAgreements(store, bilateral, day);
  const states = store
    .prepared("SELECT id, json_extract(body, '$.isoNumeric') AS iso FROM entities WHERE kind = 'state' AND id != ? ORDER BY name_en")
    .all(JAPAN) as { id: string; iso: string | null }[];
  const relations: RelationRow[] = states.map(({ id, iso }) => {
    const rs = byState.get(id) ?? [];
    return { state: store.ref(id)!, isoNumeric: iso, ...decide(rs, day), agreements: agreements.get(id) ?? [], statements: rs.map((r) => r.id) };
  });
  const counts: Record<string, number> = {};
  for (const r of relations) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return { release: store.release, builtAt: store.builtAt, asOf: day, counts, relations };
}

function decide(rs: StatementRow[], day: string): Pick<RelationRow, "status" | "certain" | "since" | "alliance"> {
  const holding = (p: string) =>
    rs.filter((r) => r.p === p).map((r) => ({ r, h: holdsOnRow(r, day) })).filter((x) => x.h !== "no");
  const alliance = holding("alliance").some((x) => x.h === "yes");
  // A state that certainly did not exist on the day has no relations then, whatever undated statements say.
  const exists = rs.filter((r) => r.p === "exists");
  if (exists.length && exists.every((r) => holdsOnRow(r, day) === "no")) {
    const before = exists.every((r) => r.s_min !== null && day < r.s_min);
    return { status: before ? "not-yet-existing" : "no-longer-existing", certain: true, since: before ? null : (exists.map(endText).sort().pop() ?? null), alliance: false };
  }
  // Without existence dates, the end of a state's last COW system spell marks its end (Austria-Hungary
  // after 1918); COW's starts are not used, since its data begin in 1816 whatever a state's age.
  const spells = rs.filter((r) => r.p === "system-member");
  if (!exists.length && spells.length && spells.every((r) => r.e_open === 0 && r.e_unknown === 0 && r.e_max !== null && day >= r.e_max)) {
    return { status: "no-longer-existing", certain: true, since: spells.map(endText).sort().pop() ?? null, alliance: false };
  }
  for (const [p, status] of [
    ["at-war", "at-war"],
    ["diplomatic-relations", "diplomatic-relations"],
    ["recognizes", "recognized-no-relations"],
    ["no-relations", "none"],
  ] as const) {
    const hs = holding(p);
    if (hs.length) {
      const best = hs.find((x) => x.h === "yes") ?? hs[0]!;
      return { status, certain: best.h === "yes", since: startText(best.r), alliance };
    }
  }
  const rel = rs.filter((r) => r.p === "diplomatic-relations");
  const ended = rel.filter((r) => r.e_max !== null && r.e_open !== 1 && r.e_unknown !== 1 && r.e_max <= day);
  if (ended.length) {
    const last = ended.sort((a, b) => (a.e_max! < b.e_max! ? -1 : 1)).pop()!;
    return { status: "severed", certain: true, since: endText(last), alliance };
  }
  if (rel.length) return { status: "none", certain: true, since: null, alliance };
  return { status: "unknown" satisfies RelationStatus, certain: false, since: null, alliance };
}

type AgreementRef = RelationRow["agreements"][number];

interface Bilateral {
  id: string;
  type: string | null;
  partners: string[];
  inForce: StatementRow[];
}

/**
 * What relations as of any day are computed from, read once per store (the store is read-only, so it
 * cannot go stale): each state's relation statements with Japan, and Japan's bilateral agreements
 * with their partners and in-force spans.
 */
const memo = new WeakMap<Store, { byState: Map<string, StatementRow[]>; bilateral: Bilateral[] }>();

function facts(store: Store): { byState: Map<string, StatementRow[]>; bilateral: Bilateral[] } {
  const cached = memo.get(store);
  if (cached) return cached;
  const placeholders = RELATION_PREDICATES.map(() => "?").join(",");
  const rows = store.prepared(`SELECT * FROM statements WHERE p IN (${placeholders}) AND status != 'rejected'`).all(...RELATION_PREDICATES) as StatementRow[];
  const byState = new Map<string, StatementRow[]>();
  for (const r of rows) {
    const other = r.p === "exists" || r.p === "system-member" ? r.subject : partner(r, JAPAN);
    if (!other || other === JAPAN) continue;
    if (r.p === "recognizes" && r.subject !== JAPAN) continue;
    byState.set(other, [...(byState.get(other) ?? []), r]);
  }
  const value = { byState, bilateral: readBilateral(store) };
  memo.set(store, value);
  return value;
}

function readBilateral(store: Store): Bilateral[] {
  const rows = store
    .prepared(
      `SELECT a.id AS agreement, a.type, p.subject AS party FROM entities a
       JOIN statements p ON p.object = a.id AND p.p IN ('party-to', 'signatory-of') AND p.status != 'rejected'
       WHERE a.kind = 'agreement' AND json_extract(a.body, '$.scope') = 'bilateral'`,
    )
    .all() as { agreement: string; type: string | null; party: string }[];
  const parties = new Map<string, { type: string | null; parties: Set<string> }>();
  for (const r of rows) {
    const entry = parties.get(r.agreement) ?? { type: r.type, parties: new Set<string>() };
    entry.parties.add(r.party);
    parties.set(r.agreement, entry);
  }
  const inForce = new Map<string, StatementRow[]>();
  for (const r of store.prepared("SELECT * FROM statements WHERE p = 'in-force' AND status != 'rejected'").all() as StatementRow[]) {
    inForce.set(r.subject, [...(inForce.get(r.subject) ?? []), r]);
  }
  const out: Bilateral[] = [];
  for (const [id, { type, parties: ps }] of parties) {
    if (!ps.has(JAPAN)) continue;
    const partners = [...ps].filter((p) => p !== JAPAN && store.ref(p)?.kind === "state");
    if (partners.length) out.push({ id, type, partners, inForce: inForce.get(id) ?? [] });
  }
  return out;
}

/** Bilateral agreements in force on `day` with Japan and one partner as parties (or signatories). */
function bilateralAgreements(store: Store, bilateral: Bilateral[], day: string): Map<string, AgreementRef[]> {
  const out = new Map<string, AgreementRef[]>();
  for (const b of bilateral) {
    const holding = b.inForce.find((f) => holdsOnRow(f, day) !== "no");
    if (!holding) continue;
    const ref: EntityRef = store.ref(b.id)!;
    for (const other of b.partners) out.set(other, [...(out.get(other) ?? []), { ...ref, type: b.type, inForceSince: startText(holding) }]);
  }
  return out;
}
