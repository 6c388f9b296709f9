import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { graphAsOf } from "../kb/graph.js";
import { disagreements, listSources, showSource, stats } from "../kb/sources.js";
import type { Store } from "../kb/store.js";
import { DisagreementsResult, GraphResult, SourceList, SourceView, Stats } from "../model/results.js";
import { HttpError } from "./errors.js";
import { errors, json } from "./openapi.js";
import { GraphQuery, IdParam } from "./params.js";

const today = () => new Date().toISOString().slice(0, 10);

/** The network, the sources and what each supports, statistics and recorded disagreements. */
export function registerReferenceRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/graph", summary: "Japan's ties as of a date: nodes and typed edges",
      request: { query: GraphQuery }, responses: { 200: json(GraphResult, "the network"), ...errors },
    }),
    (c) => {
      const q = c.req.valid("query");
      return c.json(graphAsOf(store, q.asOf ?? today(), { kinds: q.kinds, predicates: q.predicates }), 200);
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/v1/sources", summary: "Every source, most cited first", responses: { 200: json(SourceList, "sources") } }),
    (c) => c.json(listSources(store), 200),
  );
  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/sources/{id}", summary: "A source and every statement it supports",
      request: { params: z.object({ id: IdParam }) }, responses: { 200: json(SourceView, "the source"), ...errors },
    }),
    (c) => {
      const { id } = c.req.valid("param");
      const v = showSource(store, id);
      if (!v) throw new HttpError(404, "not-found", `no source "${id}"`);
      return c.json(v, 200);
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/v1/stats", summary: "What the knowledge base holds", responses: { 200: json(Stats, "counts") } }),
    (c) => c.json(stats(store), 200),
  );
  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/disagreements", summary: "Rejected claims beside what holds, and contested claims",
      responses: { 200: json(DisagreementsResult, "the ledger") },
    }),
    (c) => c.json(disagreements(store), 200),
  );
}
