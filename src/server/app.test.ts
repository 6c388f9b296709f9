import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { fixtureStore } from "../../test/helpers.js";
import { ApiError, DisagreementsResult, EntityView, ExportJson, GraphResult, Health, RelationsResult, SearchResult, SourceList, SourceView, Stats, TimelineCounts, TimelineResult } from "../model/results.js";
import { createApp } from "./app.js";

const { store } = fixtureStore();
afterAll(() => store.close());
const app = createApp(store);
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

async function ok<T>(schema: z.ZodType<T>, path: string): Promise<T> {
  const r = await get(path);
  expect(r.status, await r.clone().text()).toBe(200);
  return schema.parse(await r.json());
}

describe("every route answers its documented shape", () => {
  it.each<[string, z.ZodType]>([
    ["/api/v1/health", Health.strict()],
    ["/api/v1/entities/taiwan?asOf=1972-09-29", EntityView.strict()],
    ["/api/v1/entities/JPN", EntityView.strict()],
    ["/api/v1/search?q=%E7%AB%B9%E5%B3%B6", SearchResult.strict()],
    ["/api/v1/relations?asOf=1972-09-29", RelationsResult.strict()],
    ["/api/v1/timeline?with=china&from=1970", TimelineResult.strict()],
    ["/api/v1/timeline/counts?with=china", TimelineCounts.strict()],
    ["/api/v1/timeline/counts?kind=agreement", TimelineCounts.strict()],
    ["/api/v1/export", ExportJson.strict()],
    ["/api/v1/graph?asOf=1960&kinds=state,agreement", GraphResult.strict()],
    ["/api/v1/sources", SourceList.strict()],
    ["/api/v1/sources/seed-fixture", SourceView.strict()],
    ["/api/v1/stats", Stats.strict()],
    ["/api/v1/disagreements", DisagreementsResult.strict()],
  ])("GET %s", async (path, schema) => {
    const body = (await ok(schema, path)) as { release: string };
    expect(body.release).toBe(store.release);
  });

  it.each(["", "?with=china", "?kind=agreement"])("counts per year, at /api/v1/timeline/counts%s, the items the timeline gives in each year", async (query) => {
    const counts = await ok(TimelineCounts.strict(), `/api/v1/timeline/counts${query}`);
    const filters = query.replace("?", "&");
    const items = (await ok(TimelineResult, `/api/v1/timeline?limit=50000${filters}`)).items;
    const byYear = new Map<number, number>();
    for (const i of items) byYear.set(Number(i.date.slice(0, 4)), (byYear.get(Number(i.date.slice(0, 4))) ?? 0) + 1);
    expect(counts.years).toEqual([...byYear].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })));
    expect(counts.total).toBe(items.length);
    expect(counts.total).toBeGreaterThan(0);
    // One year's items, asked for by from and to, are as many as its count says.
    const year = counts.years.at(-1)!;
    const one = await ok(TimelineResult, `/api/v1/timeline?from=${year.year}&to=${year.year}&limit=50000${filters}`);
    expect(one.items.length).toBe(year.count);
  });

  it("gives the same answers as the CLI's queries (as-of relations)", async () => {
    const r = await ok(RelationsResult, "/api/v1/relations?asOf=1972-09-29");
    expect(r.relations.find((x) => x.state.id === "taiwan")?.status).toBe("severed");
    expect(r.relations.find((x) => x.state.id === "china")?.status).toBe("diplomatic-relations");
  });

  it("serves an OpenAPI 3.1 document listing every route", async () => {
    const doc = (await (await get("/api/v1/openapi.json")).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/v1/check", "/api/v1/disagreements", "/api/v1/entities/{id}", "/api/v1/export", "/api/v1/graph", "/api/v1/health", "/api/v1/list/{kind}", "/api/v1/relations",
      "/api/v1/search", "/api/v1/series", "/api/v1/series/{name}", "/api/v1/sources", "/api/v1/sources/{id}", "/api/v1/stats", "/api/v1/timeline",
      "/api/v1/timeline/counts",
      "/api/v1/votes/agreement", "/api/v1/votes/divergent", "/api/v1/votes/ranking",
    ]);
  });
});

describe("errors share one shape", () => {
  it.each([
    ["/api/v1/entities/atlantis", 404, /no entity "atlantis"/],
    ["/api/v1/entities/bad%20id", 400, /^id:/],
    ["/api/v1/entities/japan?asOf=1972-02-30", 400, /^asOf: a date/],
    ["/api/v1/search", 400, /^q:/],
    ["/api/v1/search?q=" + "x".repeat(201), 400, /at most 200 characters/],
    ["/api/v1/search?q=x&limit=0", 400, /^limit:/],
    ["/api/v1/search?q=x&kind=country", 400, /^kind:/],
    ["/api/v1/search?q=x&bogus=1", 400, /bogus/],
    ["/api/v1/relations?asOf=yesterday", 400, /^asOf:/],
    ["/api/v1/timeline?from=1980&to=1970", 400, /^to: a date after from/],
    ["/api/v1/timeline?with=atlantis", 404, /no entity "atlantis"/],
    ["/api/v1/timeline/counts?with=atlantis", 404, /^with: no entity "atlantis"/],
    ["/api/v1/timeline/counts?kind=country", 400, /^kind:/],
    ["/api/v1/timeline/counts?from=1970", 400, /from/],
    ["/api/v1/export?format=xml", 400, /^format:/],
    ["/api/v1/nothing-here", 404, /no route/],
    ["/api/v1/sources/japan", 404, /no source "japan"/],
    ["/api/v1/graph?kinds=state,country", 400, /^kinds:/],
    ["/api/v1/graph?asOf=1999-99", 400, /^asOf:/],
    ["/api/v1/search?q=" + "x".repeat(3000), 414, /longer than 2048/],
  ])("GET %s → %i", async (path, status, message) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    const body = ApiError.strict().parse(await r.json());
    expect(body.error.status).toBe(status);
    expect(body.error.message).toMatch(message);
  });

  it("never answers 5xx or leaks a stack to hostile query strings, ids and dates", async () => {
    const routes = ["/api/v1/entities/", "/api/v1/sources/", "/api/v1/graph?asOf=", "/api/v1/graph?kinds=", "/api/v1/search?q=", "/api/v1/relations?asOf=", "/api/v1/timeline?from=", "/api/v1/timeline?with=", "/api/v1/timeline/counts?with=", "/api/v1/export?format="];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.string({ unit: "grapheme", maxLength: 300 }), async (route, s) => {
        const r = await get(route + encodeURIComponent(s));
        expect(r.status).toBeLessThan(500);
        const text = await r.text();
        expect(text).not.toMatch(/\bat .*\.ts:\d+/);
        if (r.status >= 400) ApiError.parse(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it("refuses path traversal attempts", async () => {
    for (const p of ["/../package.json", "/%2e%2e/%2e%2e/etc/passwd", "/api/v1/entities/..%2F..%2Fetc%2Fpasswd", "/..%5c..%5cpackage.json"]) {
      const r = await get(p);
      expect([400, 404]).toContain(r.status);
      expect(await r.text()).not.toMatch(/"name": "gaiko"|root:x:0/);
    }
  });
});

describe("HTTP behaviour", () => {
  it("answers 304 to a matching If-None-Match, tied to the data release", async () => {
    const r = await get("/api/v1/entities/japan");
    const tag = r.headers.get("etag")!;
    expect(tag).toContain(store.release);
    expect(r.headers.get("cache-control")).toMatch(/max-age/);
    const again = await get("/api/v1/entities/japan", { "if-none-match": tag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("answers HEAD like GET without a body", async () => {
    const r = await app.request("/api/v1/entities/japan", { method: "HEAD" });
    expect(r.status).toBe(200);
    expect(await r.text()).toBe("");
  });

  it("allows cross-origin reads", async () => {
    expect((await get("/api/v1/health")).headers.get("access-control-allow-origin")).toBe("*");
    const pre = await app.request("/api/v1/search?q=x", { method: "OPTIONS" });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-methods")).toBe("GET, HEAD");
  });

  it("compresses with brotli or gzip as asked", async () => {
    for (const enc of ["br", "gzip"]) {
      const r = await get("/api/v1/export", { "accept-encoding": enc });
      expect(r.headers.get("content-encoding")).toBe(enc);
      expect(r.headers.get("vary")).toMatch(/Accept-Encoding/);
    }
    expect((await get("/api/v1/export")).headers.get("content-encoding")).toBeNull();
  });

  it("serves the explorer and the reference page", async () => {
    for (const p of ["/", "/api/v1"]) {
      const r = await get(p);
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toMatch(/text\/html/);
    }
  });
});
