import type { ListKind, ListResult } from "../model/lists.js";
import { listAgreements } from "./list/agreements.js";
import { ListQueryError, page, type ListQuery } from "./list/common.js";
import { listDisputes } from "./list/disputes.js";
import { listEvents } from "./list/events.js";
import { listMissions } from "./list/missions.js";
import { listMemberships, listOffices } from "./list/spans.js";
import type { Store } from "./store.js";

export { ListQueryError, type ListQuery } from "./list/common.js";
export { listRows } from "./list/rows.js";

/**
 * One page of a list of `kind` (agreements, memberships, offices, events, disputes, missions) with the filters it
 * was asked with: the one function behind `gaiko list` and `GET /api/v1/list/{kind}`. Every "held on a
 * day" answer comes from the as-of engine in src/kb/asof; names come with every id.
 *
 * @example listOf(store, "offices", { with: "japan", type: "foreign-minister", from: "1970-01-01", to: "1980-12-31", asOf: "2026-12-05", asOfGiven: false, limit: 100, offset: 0 }).rows[0]?.holder.name.en
 */
export function listOf(store: Store, kind: ListKind, q: ListQuery): ListResult {
  onlyFor(kind, q);
  const head = {
    release: store.release,
    builtAt: store.builtAt,
    filters: {
      type: q.type ?? null, with: q.with ?? null, in: q.in ?? null, asOf: q.asOf, from: q.from ?? null, to: q.to ?? null,
      sort: q.sort ?? DEFAULT_SORT[kind],
      by: q.by ?? null, signedFrom: q.signedFrom ?? null, signedTo: q.signedTo ?? null,
    },
    offset: q.offset,
    limit: q.limit,
  };
  switch (kind) {
    case "agreements": return { ...head, kind, ...page(listAgreements(store, q), q) };
    case "memberships": return { ...head, kind, ...page(listMemberships(store, q), q) };
    case "offices": return { ...head, kind, ...page(listOffices(store, q), q) };
    case "events": return { ...head, kind, ...page(listEvents(store, q), q) };
    case "disputes": return { ...head, kind, ...page(listDisputes(store, q), q) };
    case "missions": return { ...head, kind, ...page(listMissions(store, q), q) };
  }
}

/** Filters that belong to one kind are refused on another, rather than silently ignored. */
function onlyFor(kind: ListKind, q: ListQuery): void {
  if (kind !== "agreements" && q.signedFrom !== undefined) throw new ListQueryError("signedFrom", "a filter of agreements only");
  if (kind !== "agreements" && q.signedTo !== undefined) throw new ListQueryError("signedTo", "a filter of agreements only");
  if (q.signedFrom !== undefined && q.signedTo !== undefined && q.signedFrom > q.signedTo) throw new ListQueryError("signedTo", `a date after signedFrom (${q.signedFrom})`);
  if (kind !== "missions" && q.by !== undefined) throw new ListQueryError("by", "a filter of missions only (the sending state)");
}

/** Each kind's default order. */
const DEFAULT_SORT: Record<ListKind, string> = { agreements: "signed", memberships: "from", offices: "from", events: "date", disputes: "name", missions: "from" };
