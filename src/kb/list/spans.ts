import type { MembershipListRow, OfficeListRow } from "../../model/lists.js";
import type { Predicate } from "../../model/predicates.js";
import { endText, startText, type TimedFact } from "../asof/facts.js";
import { membershipsAsOf, officeHoldersAsOf, type Holding } from "../asof/holdings.js";
import { worldOf } from "../asof/store.js";
import type { World } from "../asof/world.js";
import type { Store } from "../store.js";
import { holdsKnownOn, ListQueryError, meetsWindow, refOf, sortRows, type ListQuery } from "./common.js";

type Holds = "yes" | "no" | "uncertain";

/** The engine's facts of one predicate, gathered through its own index (rejected statements are not there). */
function factsOf(store: Store, world: World, p: Predicate, side: "subject" | "object"): TimedFact[] {
  const ids = store.prepared(`SELECT DISTINCT ${side} AS id FROM statements WHERE p = ? AND ${side} IS NOT NULL`).all(p) as { id: string }[];
  return ids.flatMap(({ id }) => (side === "subject" ? world.withSubject(p, id) : world.withObject(p, id)));
}

/**
 * A dataset's term beside a curated one for the same person, office and polity is the same term known less
 * well (Archigos' "2012-12-26/.." beside the curated "2012-12-26/2020-09-16"): it is not listed twice, as
 * the engine sets dataset relations aside where curated ones exist.
 */
function withoutDatasetTwins(facts: TimedFact[]): TimedFact[] {
  const curated = new Map<string, TimedFact[]>();
  for (const f of facts) if (f.curated) (curated.get(key(f)) ?? curated.set(key(f), []).get(key(f))!).push(f);
  return facts.filter((f) => f.curated || !(curated.get(key(f)) ?? []).some((c) => overlap(c, f)));
}
const key = (f: TimedFact) => `${f.subject} ${f.object} ${f.role ?? ""}`;
const endOf = (f: TimedFact) => (f.bounds!.end.open || f.bounds!.end.unknown ? "9999-12-31" : f.bounds!.end.max);
function overlap(a: TimedFact, b: TimedFact): boolean {
  if (!a.bounds || !b.bounds) return !a.bounds && !b.bounds;
  return a.bounds.start.min <= endOf(b) && b.bounds.start.min <= endOf(a);
}

/** Whether a fact held on the day, as the engine's holdings say (existence of both sides included). */
function holdsBy(holdings: readonly Holding[], f: TimedFact): Holds {
  const h = holdings.find((x) => x.basis.includes(f));
  return h ? (h.certain ? "yes" : "uncertain") : "no";
}

function inWindow(f: TimedFact, q: ListQuery): boolean {
  return (q.from === undefined && q.to === undefined) || meetsWindow(f, q.from, q.to);
}

/** `endUnknown` for a span whose source leaves its end unknown, so a list says so rather than leave its end blank. */
function endUnknown(f: TimedFact): { endUnknown?: true } {
  return f.bounds?.end.unknown ? { endUnknown: true } : {};
}

const SPAN_SORT = { from: (r: { from: string | null }) => r.from, to: (r: { to: string | null }) => r.to };

/**
 * Memberships and observerships of states and organisations in organisations: `with` is the member or
 * the organisation, `type` is `member` or `observer`; with `asOfGiven` only those the engine says held
 * on the day (`membershipsAsOf`), with `from`/`to` those whose span meets the window.
 *
 * @example listMemberships(store, { with: "japan", type: "member", asOf: "1935-01-01", asOfGiven: true, limit: 50, offset: 0 })
 */
export function listMemberships(store: Store, q: ListQuery): MembershipListRow[] {
  if (q.type !== undefined && q.type !== "member" && q.type !== "observer") throw new ListQueryError("type", `member or observer (got "${q.type}")`);
  const world = worldOf(store);
  const rows: MembershipListRow[] = [];
  const onDay = new Map<string, ReturnType<typeof membershipsAsOf>>();
  for (const role of ["member", "observer"] as const) {
    if (q.type !== undefined && q.type !== role) continue;
    for (const f of factsOf(store, world, role === "member" ? "member-of" : "observer-of", "subject")) {
      if (!f.object || (q.with !== undefined && f.subject !== q.with && f.object !== q.with) || !inWindow(f, q)) continue;
      let day = onDay.get(f.subject);
      if (!day) onDay.set(f.subject, (day = membershipsAsOf(world, f.subject, q.asOf)));
      const holds = holdsBy(role === "member" ? day.member : day.observer, f);
      if (q.asOfGiven && holds === "no") continue;
      rows.push({ member: refOf(store, f.subject), organization: refOf(store, f.object), role, from: startText(f), to: endText(f), ...endUnknown(f), holds, ...holdsKnownOn(world, f, q.asOf, holds), statement: f.id });
    }
  }
  return sortRows(rows, q.sort ?? "from", { ...SPAN_SORT, member: (r) => r.member.name.en, organization: (r) => r.organization.name.en }, (r) => `${r.member.name.en} ${r.organization.name.en}`);
}

/**
 * Offices and their holders (`holds-office` statements with their role): `with` is the state or
 * organisation (or the person), `type` the role (`foreign-minister`, `prime-minister`…); with `asOfGiven`
 * only the holders the engine names for the day (`officeHoldersAsOf`), with `from`/`to` every term that
 * meets the window ("foreign ministers 1970–1980").
 *
 * @example listOffices(store, { with: "japan", type: "foreign-minister", from: "1970-01-01", to: "1980-12-31", asOf: "2026-01-01", asOfGiven: false, limit: 100, offset: 0 })
 */
export function listOffices(store: Store, q: ListQuery): OfficeListRow[] {
  const world = worldOf(store);
  const rows: OfficeListRow[] = [];
  const onDay = new Map<string, Holding[]>();
  for (const f of withoutDatasetTwins(factsOf(store, world, "holds-office", "object"))) {
    if (!f.object || (q.with !== undefined && f.object !== q.with && f.subject !== q.with)) continue;
    if ((q.type !== undefined && f.role !== q.type) || !inWindow(f, q)) continue;
    let day = onDay.get(f.object);
    if (!day) onDay.set(f.object, (day = officeHoldersAsOf(world, f.object, q.asOf)));
    const holds = holdsBy(day, f);
    if (q.asOfGiven && holds === "no") continue;
    rows.push({ holder: refOf(store, f.subject), polity: refOf(store, f.object), role: f.role, from: startText(f), to: endText(f), ...endUnknown(f), holds, ...holdsKnownOn(world, f, q.asOf, holds), statement: f.id });
  }
  return sortRows(rows, q.sort ?? "from", { ...SPAN_SORT, holder: (r) => r.holder.name.en, role: (r) => r.role }, (r) => r.holder.name.en);
}
