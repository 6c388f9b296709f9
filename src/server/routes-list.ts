import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { toCsv } from "../kb/csv.js";
import { listOf, ListQueryError, listRows } from "../kb/list.js";
import type { Store } from "../kb/store.js";
import { ListKind, ListResult } from "../model/lists.js";
import { entityParam, HttpError } from "./errors.js";
import { errors } from "./openapi.js";
import { CountParam, DateParam, IdParam } from "./params.js";

const ListParams = z
  .object({
    type: z.string().regex(/^[A-Za-z0-9 ._-]{1,80}$/, "a type or role (letters, digits, spaces, . _ -)").optional(),
    with: IdParam.optional(),
    in: IdParam.optional(),
    by: IdParam.optional(),
    asOf: DateParam().optional(),
    from: DateParam().optional(),
    to: DateParam(true).optional(),
    signedFrom: DateParam().optional(),
    signedTo: DateParam(true).optional(),
    sort: z.string().regex(/^-?[a-z-]{1,20}$/, "a sort key, - for descending").optional(),
    limit: CountParam(1, 1000).default(100),
    offset: CountParam(0, 1_000_000).default(0),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .strict();


/** `GET /api/v1/list/{kind}`: the twin of `gaiko list KIND`, same filters and paging, JSON or CSV. */
export function registerListRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/list/{kind}", summary: "Agreements, memberships, offices and holders, events, disputes or diplomatic missions, filtered and paged",
      request: { params: z.object({ kind: ListKind }), query: ListParams },
      responses: { 200: { content: { "application/json": { schema: ListResult }, "text/csv": { schema: z.string() } }, description: "one page of rows" }, ...errors },
    }),
    (c) => {
      const { kind } = c.req.valid("param");
      const q = c.req.valid("query");
      if (q.from && q.to && q.from > q.to) throw new HttpError(400, "invalid-parameter", "to: a date after from");
      if (q.asOf && (q.from || q.to)) throw new HttpError(400, "invalid-parameter", "asOf: either asOf or from/to, not both");
      if (q.signedFrom && q.signedTo && q.signedFrom > q.signedTo) throw new HttpError(400, "invalid-parameter", "signedTo: a date after signedFrom");
      const query = {
        type: q.type, with: entityParam(store, "with", q.with), in: entityParam(store, "in", q.in), by: entityParam(store, "by", q.by),
        asOf: q.asOf ?? new Date().toISOString().slice(0, 10), asOfGiven: q.asOf !== undefined,
        from: q.from, to: q.to, signedFrom: q.signedFrom, signedTo: q.signedTo, sort: q.sort, limit: q.limit, offset: q.offset,
      };
      let r: ListResult;
      try {
        r = listOf(store, kind, query);
      } catch (e) {
        if (e instanceof ListQueryError) throw new HttpError(400, "invalid-parameter", e.message);
        throw e;
      }
      if (q.format === "csv") {
        const t = listRows(r);
        return c.body(toCsv(t.columns, t.rows), 200, { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="gaiko-${kind}.csv"` });
      }
      return c.json(r, 200);
    },
  );
}
