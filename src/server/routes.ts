import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { toCsv } from "../kb/csv.js";
import { exportJson, exportJsonLd, statementCsvRows, STATEMENT_CSV_COLUMNS } from "../kb/export.js";
import { resolveId, showEntity } from "../kb/entity-query.js";
import { relationsAsOf } from "../kb/relations.js";
import { search } from "../kb/search.js";
import { DamagedDatabaseError, type Store } from "../kb/store.js";
import { timeline, timelineCounts } from "../kb/timeline.js";
import { ApiError, EntityView, ExportJson, Health, RelationsResult, SearchResult, TimelineCounts, TimelineResult } from "../model/results.js";
import { entityParam, HttpError } from "./errors.js";
import type { LiveState } from "./live.js";
import { errors, json } from "./openapi.js";
import { PrecompressedCache, precompressedResponse } from "./precompressed.js";
import { EntityQuery, ExportQuery, IdParam, RelationsQuery, SearchQuery, TimelineCountsQuery, TimelineQuery } from "./params.js";


/** Registers every /api/v1 route on `app`; each answer names the data release it came from. */
export function registerRoutes(app: OpenAPIHono, store: Store, server: { started: number; state: () => LiveState }): void {
  const relationsCache = new PrecompressedCache();
  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/health", summary: "Health, the data release served, and whether the database file changed and could not be opened",
      responses: { 200: json(Health, "ok"), 503: json(ApiError, "the database is damaged (`database-damaged`): rebuild it") },
    }),
    (c) => {
      const state = server.state();
      if (state.damaged) throw new DamagedDatabaseError(store.db.name, state.damaged);
      const count = (sql: string) => (store.prepared(sql).get() as { n: number }).n;
      return c.json({
        status: "ok" as const, release: store.release, builtAt: store.builtAt,
        entities: count("SELECT count(*) n FROM entities WHERE kind != 'source'"),
        statements: count("SELECT count(*) n FROM statements"),
        uptimeSeconds: Math.round((Date.now() - server.started) / 1000),
        stale: state.stale,
      }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/entities/{id}", summary: "One entity with its statements and sources (as of a date)",
      request: { params: z.object({ id: IdParam }), query: EntityQuery },
      responses: { 200: json(EntityView, "the entity"), ...errors },
    }),
    (c) => {
      const { id } = c.req.valid("param");
      const { asOf, ...part } = c.req.valid("query");
      const resolved = resolveId(store, id);
      const view = resolved ? showEntity(store, resolved, asOf, part) : undefined;
      if (!view) throw new HttpError(404, "not-found", `no entity "${id}"`);
      return c.json(view, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/search", summary: "Search names, aliases and summaries (English and Japanese)",
      request: { query: SearchQuery }, responses: { 200: json(SearchResult, "hits, best first"), ...errors },
    }),
    (c) => {
      const q = c.req.valid("query");
      return c.json(search(store, q.q, { kind: q.kind, limit: q.limit, offset: q.offset }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/relations", summary: "Japan's relationship with every state as of a date",
      request: { query: RelationsQuery }, responses: { 200: json(RelationsResult, "one row per state"), ...errors },
    }),
    (c) => {
      const q = c.req.valid("query");
      const day = q.asOf ?? new Date().toISOString().slice(0, 10);
      // Every state's row on a day is ~100 KB: serialised and compressed once per day and status.
      const out = relationsCache.get(`${day}|${q.status ?? ""}`, c.req.header("accept-encoding") ?? "", () => {
        const r = relationsAsOf(store, day);
        return JSON.stringify(q.status ? { ...r, relations: r.relations.filter((x) => x.status === q.status) } : r);
      });
      return precompressedResponse(out) as unknown as ReturnType<typeof c.json<RelationsResult, 200>>;
    },
  );

  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/timeline", summary: "Dated statements in time order",
      request: { query: TimelineQuery }, responses: { 200: json(TimelineResult, "items in time order"), ...errors },
    }),
    (c) => {
      const q = c.req.valid("query");
      if (q.from && q.to && q.from > q.to) throw new HttpError(400, "invalid-parameter", "to: a date after from");
      return c.json(timeline(store, { from: q.from, to: q.to, with: entityParam(store, "with", q.with), kind: q.kind, limit: q.limit }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/timeline/counts", summary: "How many timeline items each year holds (for an overview of all years)",
      request: { query: TimelineCountsQuery }, responses: { 200: json(TimelineCounts, "counts by year, in year order"), ...errors },
    }),
    (c) => {
      const q = c.req.valid("query");
      return c.json(timelineCounts(store, { with: entityParam(store, "with", q.with), kind: q.kind }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/export", summary: "The whole knowledge base (json, csv of statements, or JSON-LD)",
      request: { query: ExportQuery },
      responses: {
        200: { content: { "application/json": { schema: ExportJson }, "text/csv": { schema: z.string() }, "application/ld+json": { schema: z.unknown() } }, description: "the export" },
        ...errors,
      },
    }),
    (c) => {
      const { format } = c.req.valid("query");
      const data = exportJson(store);
      if (format === "json") return c.json(data, 200);
      if (format === "jsonld") return c.body(JSON.stringify(exportJsonLd(data)), 200, { "content-type": "application/ld+json; charset=utf-8" });
      return c.body(toCsv(STATEMENT_CSV_COLUMNS, statementCsvRows(store, data)), 200, { "content-type": "text/csv; charset=utf-8" });
    },
  );
}
