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

/** What each name filter of the address means; a filter the kind does not take is "none". */
export function useNameFilters(kind: ListKind, query: URLSearchParams): Record<NameFilter, NameState> {
  const text = (f: NameFilter) => (filterApplies(kind, f) ? (query.get(f)?.trim() ?? "") : "");
  // One call per filter, whether or not the address sets it (hooks run in the same order every render).
  return { with: useName(text("with"), kind, "with"), in: useName(text("in"), kind, "in"), by: useName(text("by"), kind, "by") };
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

function useName(text: string, kind: ListKind, f: NameFilter): NameState {
  const asId = text !== "" && looksLikeId(text);
  const byId = useApi<EntityView>(asId ? entityUrl(text, { p: "exists", limit: 1 }) : null);
  const search = text !== "" && (!asId || (byId.state === "error" && byId.status === 404));
  const found = useApi<SearchResult>(search ? api.search(text, 20) : null);
  if (text === "") return { state: "none" };
  if (asId && byId.state === "ready") {
    const { id, kind: k, name } = byId.data.entity;
    return { state: "found", ref: { id, kind: k, name } };
  }
  if (asId && byId.state === "loading") return { state: "loading" };
  if (asId && byId.state === "error" && byId.status !== 404) return { state: "error", message: byId.message, retry: byId.retry };
  if (found.state === "loading") return { state: "loading" };
  if (found.state === "error") return { state: "error", message: found.message, retry: found.retry };
  const hit = pickHit(text, found.data.results, nameKinds(kind, f));
  return hit ? { state: "found", ref: { id: hit.id, kind: hit.kind, name: hit.name } } : { state: "missing", text };
}
