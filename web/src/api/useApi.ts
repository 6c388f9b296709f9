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
