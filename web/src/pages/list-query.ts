// The list pages' state, read from and written to the URL (every filter is shareable), and the API
// address it asks. Pure: no DOM.
import type { ListKind, ListResult } from "../../../src/model/lists.js";

/** The list kinds (the web imports only types from src/model: the object below fails to compile when a kind is added there). */
const KIND_SET = { agreements: true, memberships: true, offices: true, events: true, disputes: true, missions: true } satisfies Record<ListKind, true>;
const LIST_KINDS = Object.keys(KIND_SET) as ListKind[];

export type { ListKind, ListResult };
export { LIST_KINDS };

export const FILTERS = ["type", "with", "in", "by", "asOf", "from", "to", "signedFrom", "signedTo", "sort"] as const;
export type Filter = (typeof FILTERS)[number];

/** Filters that belong to some kinds only (the API refuses `by` or `signedFrom` elsewhere); the rest apply to every kind. */
const ONLY: Partial<Record<Filter, readonly ListKind[]>> = { in: ["events", "missions"], by: ["missions"], signedFrom: ["agreements"], signedTo: ["agreements"] };

/**
 * Whether a filter applies to a kind of list: the page shows its field, and the API is asked with it, only then.
 * @example filterApplies("missions", "by") // true
 * @example filterApplies("offices", "signedFrom") // false
 */
export function filterApplies(kind: ListKind, f: Filter): boolean {
  return ONLY[f]?.includes(kind) ?? true;
}
export const PAGE = 50;

/** Whether a path segment names a list kind. @example isListKind("offices") // true */
export function isListKind(v: string): v is ListKind {
  return (LIST_KINDS as readonly string[]).includes(v);
}

/**
 * The API address of the list a page shows: its filters from the URL (a window wins over the sticky as-of
 * date, which the API would refuse beside it), one page of rows, JSON or CSV.
 *
 * @example listUrl("offices", new URLSearchParams("with=japan&type=foreign-minister&from=1970&to=1980")) // "/api/v1/list/offices?type=foreign-minister&with=japan&from=1970&to=1980&limit=50&offset=0"
 */
export function listUrl(kind: ListKind, query: URLSearchParams, format: "json" | "csv" = "json"): string {
  const q = new URLSearchParams();
  const windowed = Boolean(query.get("from") || query.get("to"));
  for (const f of FILTERS) {
    const v = query.get(f)?.trim();
    if (!v || (f === "asOf" && windowed) || !filterApplies(kind, f)) continue;
    q.set(f, v);
  }
  if (format === "csv") {
    q.set("limit", "1000");
    q.set("format", "csv");
  } else {
    q.set("limit", String(PAGE));
    q.set("offset", String(Math.max(0, Number(query.get("offset")) || 0)));
  }
  return `/api/v1/list/${kind}?${q.toString()}`;
}

/** The pages before and after this one, or null at an end. */
export function paging(r: { total: number; offset: number; limit: number }): { prev: number | null; next: number | null } {
  return { prev: r.offset > 0 ? Math.max(0, r.offset - r.limit) : null, next: r.offset + r.limit < r.total ? r.offset + r.limit : null };
}
