import type { ApiError } from "./types.js";

/**
 * Fetches JSON from the API, once per URL: answers are tied to a data release, so they are kept for
 * the page's life. A failed answer is not kept, so a retry asks again.
 */
const cache = new Map<string, Promise<unknown>>();
/** Answers already in hand, readable synchronously (so a cached date redraws in one render). */
const resolved = new Map<string, unknown>();

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function getJson<T>(url: string): Promise<T> {
  const hit = cache.get(url);
  if (hit) return hit as Promise<T>;
  const promise = fetch(url, { headers: { accept: "application/json" } }).then(async (res) => {
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as ApiError | null;
      throw new ApiFailure(res.status, body?.error.code ?? "http", body?.error.message ?? `${res.status} ${res.statusText}`);
    }
    const data = (await res.json()) as T;
    resolved.set(url, data);
    return data;
  });
  cache.set(url, promise);
  promise.catch(() => cache.delete(url));
  return promise;
}

/**
 * Posts a text (the checker's body is the text itself) and reads the JSON answer; never cached.
 * A 4xx/5xx answer becomes an ApiFailure carrying the API's own message.
 */
export async function postText<T>(url: string, text: string): Promise<T> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "text/plain; charset=utf-8", accept: "application/json" }, body: text });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as ApiError | null;
    throw new ApiFailure(res.status, body?.error.code ?? "http", body?.error.message ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

/** An answer already received, or undefined. */
export function cachedJson<T>(url: string): T | undefined {
  return resolved.get(url) as T | undefined;
}

/** API URLs, one builder per route. */
export const api = {
  entity: (id: string, asOf: string | null) => `/api/v1/entities/${encodeURIComponent(id)}${asOf ? `?asOf=${asOf}` : ""}`,
  source: (id: string) => `/api/v1/sources/${encodeURIComponent(id)}`,
  search: (q: string, limit = 12, kind?: string) => `/api/v1/search?q=${encodeURIComponent(q)}&limit=${limit}${kind ? `&kind=${kind}` : ""}`,
  relations: (asOf: string) => `/api/v1/relations?asOf=${asOf}`,
  graph: (asOf: string) => `/api/v1/graph?asOf=${asOf}`,
  searchStates: (q: string, limit = 8) => `/api/v1/search?q=${encodeURIComponent(q)}&kind=state&limit=${limit}`,
  /** UN votes: the filter (issue, important) is shared by the three routes. */
  votesAgreement: (withId: string, f: VoteFilter) => `/api/v1/votes/agreement?${query({ with: withId, by: "year", ...filterParams(f) })}`,
  votesRanking: (year: number, f: VoteFilter) => `/api/v1/votes/ranking?${query({ year, ...filterParams(f) })}`,
  votesDivergent: (p: { against: string; alongside: string; from: number; to: number; limit?: number }, f: VoteFilter) =>
    `/api/v1/votes/divergent?${query({ against: p.against, alongside: p.alongside, from: p.from, to: p.to, limit: p.limit ?? 50, ...filterParams(f) })}`,
  check: () => "/api/v1/check",
  timeline: (p: { from?: string | null; to?: string | null; with?: string | null; kind?: string | null; limit?: number }) => withQuery("/api/v1/timeline", p),
  /** How many timeline items each year holds, for the same filters (the timeline's overview, and how it splits its requests). */
  timelineCounts: (p: { with?: string | null; kind?: string | null }) => withQuery("/api/v1/timeline/counts", p),
};

/** The roll-call filter of the votes routes. */
export interface VoteFilter {
  issue: string | null;
  important: boolean;
}

function filterParams(f: VoteFilter): Record<string, string | null> {
  return { issue: f.issue, important: f.important ? "true" : null };
}

function query(p: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== null && v !== undefined && v !== "") q.set(k, String(v));
  return q.toString();
}

/** A path with the query of the parameters given (none: no "?"). */
function withQuery(path: string, p: Record<string, string | number | null | undefined>): string {
  const s = query(p);
  return `${path}${s ? `?${s}` : ""}`;
}
