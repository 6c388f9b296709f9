import { useEffect, useState } from "react";
import { ApiFailure, cachedJson, getJson } from "./client.js";

export type Loadable<T> =
  | { state: "loading" }
  | { state: "error"; message: string; status: number | null; retry: () => void }
  | { state: "ready"; data: T };

/** Loads one API URL (null: nothing to load yet); a newer URL wins over a slower older one. */
export function useApi<T>(url: string | null): Loadable<T> {
  const [result, setResult] = useState<{ url: string | null; value: Loadable<T> }>({ url: null, value: { state: "loading" } });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!url) return;
    let live = true;
    getJson<T>(url).then(
      (data) => live && setResult({ url, value: { state: "ready", data } }),
      (err: unknown) =>
        live &&
        setResult({
          url,
          value: { state: "error", message: err instanceof Error ? err.message : String(err), status: err instanceof ApiFailure ? err.status : null, retry: () => setAttempt((a) => a + 1) },
        }),
    );
    return () => {
      live = false;
    };
  }, [url, attempt]);
  return result.url === url ? result.value : { state: "loading" };
}

/** Like useApi, but keeps showing the previous answer while the next one loads (the map while the date moves). */
export function useApiKeep<T>(url: string | null): { data: T | null; loading: boolean; error: string | null } {
  const [state, setState] = useState<{ data: T | null; url: string | null; error: string | null }>({ data: null, url: null, error: null });
  useEffect(() => {
    if (!url) return;
    let live = true;
    getJson<T>(url).then(
      (data) => live && setState({ data, url, error: null }),
      (err: unknown) => live && setState((s) => ({ ...s, url, error: err instanceof Error ? err.message : String(err) })),
    );
    return () => {
      live = false;
    };
  }, [url]);
  // An answer already in hand is shown in this very render, not after an effect.
  const hit = url && state.url !== url ? cachedJson<T>(url) : undefined;
  if (hit !== undefined) return { data: hit, loading: false, error: null };
  return { data: state.data, loading: state.url !== url, error: state.url === url ? state.error : null };
}

/** Loads several API URLs at once (one per chosen state, say); each answer or failure is kept by URL. */
export function useApiMany<T>(urls: readonly string[]): Map<string, Loadable<T>> {
  const key = urls.join("\n");
  const [results, setResults] = useState<Map<string, Loadable<T>>>(new Map());
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    const retry = () => setAttempt((a) => a + 1);
    for (const url of urls) {
      getJson<T>(url).then(
        (data) => live && setResults((m) => new Map(m).set(url, { state: "ready", data })),
        (err: unknown) =>
          live &&
          setResults((m) => new Map(m).set(url, { state: "error", message: err instanceof Error ? err.message : String(err), status: err instanceof ApiFailure ? err.status : null, retry })),
      );
    }
    return () => {
      live = false;
    };
  }, [key, attempt]); // eslint-disable-line react-hooks/exhaustive-deps
  const out = new Map<string, Loadable<T>>();
  for (const url of urls) {
    const hit = cachedJson<T>(url);
    out.set(url, hit !== undefined ? { state: "ready", data: hit } : (results.get(url) ?? { state: "loading" }));
  }
  return out;
}
