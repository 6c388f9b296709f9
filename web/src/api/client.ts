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

/** An answer already received, or undefined. */
export function cachedJson<T>(url: string): T | undefined {
  return resolved.get(url) as T | undefined;
}

/** API URLs, one builder per route. */
export const api = {
  entity: (id: string, asOf: string | null) => `/api/v1/entities/${encodeURIComponent(id)}${asOf ? `?asOf=${asOf}` : ""}`,
  source: (id: string) => `/api/v1/sources/${encodeURIComponent(id)}`,
  search: (q: string, limit = 12) => `/api/v1/search?q=${encodeURIComponent(q)}&limit=${limit}`,
  relations: (asOf: string) => `/api/v1/relations?asOf=${asOf}`,
  graph: (asOf: string) => `/api/v1/graph?asOf=${asOf}`,
  timeline: (p: { from?: string | null; to?: string | null; with?: string | null; kind?: string | null; limit?: number }) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(p)) if (v !== null && v !== undefined && v !== "") q.set(k, String(v));
    const s = q.toString();
    return `/api/v1/timeline${s ? `?${s}` : ""}`;
  },
};
