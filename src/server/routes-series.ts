import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { toCsv } from "../kb/csv.js";
import { NoSeriesError, seriesCatalog, seriesValues } from "../kb/series.js";
import type { Store } from "../kb/store.js";
import { SeriesCatalog, SeriesResult } from "../model/lists.js";
import { entityParam, HttpError } from "./errors.js";
import { errors, json } from "./openapi.js";
import { CountParam, IdParam } from "./params.js";

const Year = CountParam(1000, 2100);
const SeriesParams = z
  .object({ state: IdParam.optional(), from: Year.optional(), to: Year.optional(), format: z.enum(["json", "csv"]).default("json") })
  .strict();

/** `GET /api/v1/series` and `/api/v1/series/{name}`: the twins of `gaiko series [NAME]`. */
export function registerSeriesRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/series", summary: "Every numeric series: unit, scope, source and years",
      responses: { 200: json(SeriesCatalog, "the series"), ...errors },
    }),
    (c) => c.json(seriesCatalog(store), 200),
  );
  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/series/{name}", summary: "One numeric series' yearly values (by state, partner and year)",
      request: { params: z.object({ name: z.string().regex(/^[a-z0-9-]{1,80}$/, "a series name") }), query: SeriesParams },
      responses: { 200: { content: { "application/json": { schema: SeriesResult }, "text/csv": { schema: z.string() } }, description: "the values" }, ...errors },
    }),
    (c) => {
      const { name } = c.req.valid("param");
      const q = c.req.valid("query");
      if (q.from !== undefined && q.to !== undefined && q.from > q.to) throw new HttpError(400, "invalid-parameter", "to: a year from `from` on");
      const state = entityParam(store, "state", q.state);
      let r: SeriesResult;
      try {
        r = seriesValues(store, name, { state, from: q.from, to: q.to });
      } catch (e) {
        if (e instanceof NoSeriesError) throw new HttpError(404, "not-found", e.message);
        throw e;
      }
      if (q.format === "csv") {
        const rows = r.points.map((p) => [p.entity.id, p.entity.name.en, p.partner?.id, p.partner?.name.en, p.year, p.value, r.series.unit, r.series.source.id, p.locator, r.release, p.entity.name.ja, p.partner?.name.ja]);
        // The Japanese names last (empty where gaiko has none): the columns only grow.
        const columns = ["entity", "entity_name", "partner", "partner_name", "year", "value", "unit", "source", "locator", "release", "entity_name_ja", "partner_name_ja"];
        return c.body(toCsv(columns, rows), 200, {
          "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="gaiko-${name}.csv"`,
        });
      }
      return c.json(r, 200);
    },
  );
}
