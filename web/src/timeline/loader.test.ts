import { describe, expect, it } from "vitest";
import type { TimelineCounts, TimelineItem, TimelineResult } from "../api/types.js";
import { TimelineLoader } from "./loader.js";

const extent = { start: 1580, end: 2027 };

/** A fake API: the items each year of `years` holds, dated 1 June, the first `limit` by date; every URL asked is written down. */
function fakeApi(years: [number, number][], fail: (url: string) => boolean = () => false) {
  const asked: string[] = [];
  const counts = new Map(years);
  const fetchJson = async <T,>(url: string): Promise<T> => {
    asked.push(url);
    await Promise.resolve();
    if (fail(url)) throw new Error(`failed: ${url}`);
    const u = new URL(url, "http://x");
    if (u.pathname.endsWith("/counts")) {
      const body: Partial<TimelineCounts> = { years: [...counts].map(([year, count]) => ({ year, count })) };
      return body as T;
    }
    const [from, to] = [Number(u.searchParams.get("from")), Number(u.searchParams.get("to"))];
    const items: TimelineItem[] = [];
    for (const [year, n] of counts) if (year >= from && year <= to) for (let i = 0; i < n; i++) items.push({ date: `${year}-06-01`, edtf: String(year), edge: "point", statement: { id: `st-${year}-${i}` } } as TimelineItem);
    const body: Partial<TimelineResult> = { items: items.slice(0, Number(u.searchParams.get("limit"))), shortNames: { [`e-${from}`]: { en: String(from) } } };
    return body as T;
  };
  return { asked, fetchJson };
}

/** The years each request asked for ("1970-1979"), the counts left out. */
const spans = (asked: string[]) => asked.filter((u) => !u.includes("/counts")).map((u) => new URL(u, "http://x").searchParams).map((p) => `${p.get("from")}-${p.get("to")}`);

async function settle(loader: TimelineLoader): Promise<void> {
  for (let i = 0; i < 200; i++) await new Promise((done) => setTimeout(done, 0));
  expect(loader.snapshot.busy).toBe(false);
}

/** Ten items a year from 1900 to 2026. */
const decades = Array.from({ length: 127 }, (_, i) => [1900 + i, 10] as [number, number]);

describe("the timeline's loader", () => {
  it("asks for the counts and the view's first items at once, then the rest of the view in requests of about a chunk, then as many years again on each side", async () => {
    const api = fakeApi(decades);
    const loader = new TimelineLoader({ with: "china", kind: null }, api.fetchJson, { chunk: 100, first: 105, parallel: 2 });
    loader.show({ start: 1970, end: 1989.5 }, extent);
    expect(api.asked).toEqual(["/api/v1/timeline/counts?with=china", "/api/v1/timeline?from=1970&to=1989&with=china&limit=105"]);
    await settle(loader);
    // The first answer held 1970–1979 whole (its 105th item is of 1980, which it may not hold whole).
    expect(spans(api.asked)).toEqual(["1970-1989", "1980-1989", "1960-1969", "1990-1999", "1950-1959", "2000-2009"]);
    expect(api.asked.slice(2).every((u) => u.includes("with=china") && u.includes("limit=50000"))).toBe(true);
    const items = loader.snapshot.items;
    expect(items.length).toBe(600);
    // In the API's order, whatever order the answers came in.
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort());
    expect(Object.keys(loader.snapshot.shortNames).sort()).toEqual(["e-1950", "e-1960", "e-1970", "e-1980", "e-1990", "e-2000"]);
    expect(new Set(items.map((i) => i.statement.id)).size).toBe(600);
    expect(loader.snapshot.covers({ start: 1950, end: 2009.5 })).toBe(true);
    expect(loader.snapshot.covers({ start: 1940, end: 2009.5 })).toBe(false);
  });

  it("fetches nothing for a zoom in or a return to years in hand, and only the years a pan reaches beyond them", async () => {
    const api = fakeApi(decades);
    const loader = new TimelineLoader({ with: null, kind: "agreement" }, api.fetchJson, { chunk: 100, first: 105 });
    loader.show({ start: 1970, end: 1989.5 }, extent);
    await settle(loader);
    const before = api.asked.length;
    loader.show({ start: 1972.7, end: 1972.8 }, extent);
    loader.show({ start: 1970, end: 1989.5 }, extent);
    await settle(loader);
    expect(api.asked.length).toBe(before);
    loader.show({ start: 1930, end: 1949.5 }, extent);
    await settle(loader);
    // The view's 1930s and 1940s, then the 1910s and 1920s before them; 1950–1969 is in hand.
    expect(spans(api.asked.slice(before))).toEqual(["1930-1939", "1940-1949", "1920-1929", "1910-1919"]);
    expect(new Set(spans(api.asked)).size).toBe(spans(api.asked).length);
  });

  it("says nothing is loaded after a day when the cap stops it within the view", async () => {
    const api = fakeApi(decades);
    const loader = new TimelineLoader({ with: null, kind: null }, api.fetchJson, { chunk: 100, first: 105, cap: 250 });
    loader.show({ start: 1900, end: 2027 }, extent);
    await settle(loader);
    expect(loader.snapshot.items.length).toBe(200);
    expect(loader.snapshot.cut).toBe("1919-12-31");
  });

  it("stops asking after a failed request until the view changes, and shows the failure", async () => {
    let failing = true;
    const api = fakeApi(decades, (url) => failing && url.includes("from=1980"));
    const loader = new TimelineLoader({ with: null, kind: null }, api.fetchJson, { chunk: 100, first: 105, parallel: 1 });
    loader.show({ start: 1970, end: 1989.5 }, extent);
    await settle(loader);
    expect(loader.snapshot.error).toMatch(/failed/);
    const asked = api.asked.length;
    expect(spans(api.asked)).toEqual(["1970-1989", "1980-1989"]);
    failing = false;
    loader.show({ start: 1971, end: 1989.5 }, extent);
    await settle(loader);
    expect(api.asked.length).toBeGreaterThan(asked);
    expect(loader.snapshot.error).toBeNull();
    expect(loader.snapshot.covers({ start: 1971, end: 1989.5 })).toBe(true);
  });

  it("has a filter's few items from its first answer, beside the counts, and asks nothing more", async () => {
    const api = fakeApi([[1972, 3], [1978, 2]]);
    const loader = new TimelineLoader({ with: "senkaku-islands-dispute", kind: null }, api.fetchJson, { first: 400 });
    loader.show({ start: 1945, end: 2027 }, extent);
    await settle(loader);
    expect(api.asked.length).toBe(2);
    expect(loader.snapshot.items.map((i) => i.date)).toEqual(["1972-06-01", "1972-06-01", "1972-06-01", "1978-06-01", "1978-06-01"]);
    expect(loader.snapshot.covers({ start: 1580, end: 2027 })).toBe(true);
  });
});
