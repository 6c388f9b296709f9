// Finds the entities the list page's name filters mean (name-filters.ts): an id in the address is looked
// up (for its name in the page's language), anything else, or an id that names nothing, is searched for.
import type { EntityRef, EntityView, SearchResult } from "../api/types.js";
import { api } from "../api/client.js";
import { useApi } from "../api/useApi.js";
import { entityUrl } from "../entity/load.js";
import { filterApplies, type ListKind } from "./list-query.js";
import { NAME_FILTERS, looksLikeId, nameKinds, pickHit, type NameFilter } from "./name-filters.js";

export type NameState =
  | { state: "none" }
  | { state: "loading" }
  | { state: "found"; ref: EntityRef }
  | { state: "missing"; text: string }
  | { state: "error"; message: string; retry: () => void };

/**
 * What each name filter of the address means; a filter the kind does not take is "none". An id is looked
 * up only once `listAnswered` (its name only labels the box, and the list, asked for at once, comes first).
 */
export function useNameFilters(kind: ListKind, query: URLSearchParams, listAnswered: boolean): Record<NameFilter, NameState> {
  const text = (f: NameFilter) => (filterApplies(kind, f) ? (query.get(f)?.trim() ?? "") : "");
  // One call per filter, whether or not the address sets it (hooks run in the same order every render).
  return { with: useName(text("with"), kind, "with", listAnswered), in: useName(text("in"), kind, "in", listAnswered), by: useName(text("by"), kind, "by", listAnswered) };
}

/** The found entity's id for each name filter the address sets by a name or a wrong case, to put in the address instead. */
export function idsToWrite(query: URLSearchParams, names: Record<NameFilter, NameState>): Partial<Record<NameFilter, string>> {
  const out: Partial<Record<NameFilter, string>> = {};
  for (const f of NAME_FILTERS) {
    const n = names[f];
    if (n.state === "found" && n.ref.id !== query.get(f)) out[f] = n.ref.id;
  }
  return out;
}

/** Entities already found by a typed name, by id: the id written into the address is named at once, not shown bare while it is looked up. */
const found = new Map<string, EntityRef>();

function useName(text: string, kind: ListKind, f: NameFilter, listAnswered: boolean): NameState {
  const known = found.get(text);
  const asId = text !== "" && looksLikeId(text) && !known;
  const byId = useApi<EntityView>(asId && listAnswered ? entityUrl(text, { p: "exists", limit: 1 }) : null);
  const search = text !== "" && !known && (!asId || (byId.state === "error" && byId.status === 404));
  const hits = useApi<SearchResult>(search ? api.search(text, 20) : null);
  if (text === "") return { state: "none" };
  if (known) return { state: "found", ref: known };
  if (asId && byId.state === "ready") {
    const { id, kind: k, name } = byId.data.entity;
    return { state: "found", ref: { id, kind: k, name } };
  }
  if (asId && byId.state === "loading") return { state: "loading" };
  if (asId && byId.state === "error" && byId.status !== 404) return { state: "error", message: byId.message, retry: byId.retry };
  if (hits.state === "loading") return { state: "loading" };
  if (hits.state === "error") return { state: "error", message: hits.message, retry: hits.retry };
  const hit = pickHit(text, hits.data.results, nameKinds(kind, f));
  if (!hit) return { state: "missing", text };
  const ref: EntityRef = { id: hit.id, kind: hit.kind, name: hit.name };
  found.set(ref.id, ref);
  return { state: "found", ref };
}
