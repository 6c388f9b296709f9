import type { ListKind, ListResult } from "../model/lists.js";
import { listAgreements } from "./list/agreements.js";
import { page, type ListQuery } from "./list/common.js";
import { listDisputes } from "./list/disputes.js";
import { listEvents } from "./list/events.js";
import { listMemberships, listOffices } from "./list/spans.js";
import type { Store } from "./store.js";

export { ListQueryError, type ListQuery } from "./list/common.js";
export { listRows } from "./list/rows.js";

/**
 * One page of a list of `kind` (agreements, memberships, offices, events, disputes) with the filters it
 * was asked with: the one function behind `gaiko list` and `GET /api/v1/list/{kind}`. Every "held on a
 * day" answer comes from the as-of engine in src/kb/asof; names come with every id.
 *
 * @example listOf(store, "offices", { with: "japan", type: "foreign-minister", from: "1970-01-01", to: "1980-12-31", asOf: "2026-12-05", asOfGiven: false, limit: 100, offset: 0 }).rows[0]?.holder.name.en
 */
export function listOf(store: Store, kind: ListKind, q: ListQuery): ListResult {
  const head = {
    release: store.release,
    builtAt: store.builtAt,
    filters: {
      type: q.type ?? null, with: q.with ?? null, in: q.in ?? null, asOf: q.asOf, from: q.from ?? null, to: q.to ?? null,
      sort: q.sort ?? DEFAULT_SORT[kind],
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
  }
}

/** Each kind's default order. */
const DEFAULT_SORT: Record<ListKind, string> = { agreements: "signed", memberships: "from", offices: "from", events: "date", disputes: "name" };
