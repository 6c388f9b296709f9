// The full build read through the API routes the explorer reads, for the as-of invariants of issue 15
// ("one as-of engine answers every view"), and the days they sweep.
import { afterAll, expect } from "vitest";
import { createApp } from "../../src/server/app.js";
import type { Store } from "../../src/kb/store.js";

/** Days that cross the state system's great changes, and today. */
export const DAYS = ["1900-01-01", "1945-08-15", "1952-04-28", "1972-09-29", "2000-01-01", new Date().toISOString().slice(0, 10)];

/**
 * A GET on a store's API that expects 200; the store is closed after the file's tests. The test file calls
 * `sharedStore()` by name itself, which is how test/global-setup.ts knows to make the full build.
 *
 * @example const { store, get } = apiOf(sharedStore()); const body = await get("/api/v1/relations?asOf=1972-09-29");
 */
export function apiOf(store: Store) {
  afterAll(() => store.close());
  const app = createApp(store);
  const get = async (url: string) => {
    const r = await app.request(url);
    expect(r.status, url).toBe(200);
    return r.json() as Promise<unknown>;
  };
  return { store, get };
}
