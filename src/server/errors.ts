import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { resolveId } from "../kb/entity-query.js";
import { asDamageError, type Store } from "../kb/store.js";
import type { ApiError } from "../model/results.js";

/** Thrown by handlers; turned into the one JSON error shape by `onError`. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

/**
 * A query parameter naming an entity (id, ISO code or name), resolved; a name that resolves to nothing is a 404
 * that names the parameter. Undefined when the parameter was not given.
 *
 * @example entityParam(store, "with", "CHN") // "china"
 */
export function entityParam(store: Store, name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const id = resolveId(store, v);
  if (!id) throw new HttpError(404, "not-found", `${name}: no entity "${v}"`);
  return id;
}

export function errorBody(status: number, code: string, message: string, details?: { path: string; message: string }[]): ApiError {
  return { error: { status, code, message, ...(details ? { details } : {}) } };
}

/**
 * Every error becomes `{ error: { status, code, message } }`. Unexpected errors are logged with their
 * stack on the server and answered with a generic 500: no stack trace ever reaches a client.
 */
export function onError(err: Error, c: Context): Response {
  const damage = asDamageError(err);
  if (damage) return damagedAnswer(damage.detail);
  if (err instanceof HttpError) return c.json(errorBody(err.status, err.code, err.message, err.details), err.status);
  // The client went away (a trickled body cut off at its deadline): nobody to answer, nothing to log.
  if ((err as NodeJS.ErrnoException).code === "ECONNRESET") return c.json(errorBody(400, "bad-request", "the request was aborted"), 400);
  const status = (err as { status?: number }).status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    return c.json(errorBody(status, "bad-request", err.message.slice(0, 200)), status as ContentfulStatusCode);
  }
  process.stderr.write(`${JSON.stringify({ level: "error", message: err.message, stack: err.stack })}\n`);
  return c.json(errorBody(500, "internal", "internal server error"), 500);
}

/**
 * 503 for a request the damaged database cannot answer. The message says what to do but names no
 * path: server paths are not for clients.
 *
 * @example damagedAnswer("database disk image is malformed").status // 503
 */
export function damagedAnswer(detail: string): Response {
  const message = `the server's database is damaged (${detail}); run \`gaiko build\` on the server to rebuild it — the server opens the new file by itself`;
  return Response.json(errorBody(503, "database-damaged", message), { status: 503, headers: { "cache-control": "no-store" } });
}

/**
 * 405 for a path that other methods serve, with their list in `Allow`; 404 when no method does.
 * `routes` are the app's (method, path pattern) pairs, patterns as hono writes them (`/a/:id`, `*`).
 *
 * @example app.notFound(notFoundOrWrongMethod(() => app.routes))
 */
export function notFoundOrWrongMethod(routes: () => { method: string; path: string }[]): (c: Context) => Response {
  let patterns: { method: string; re: RegExp }[] | undefined;
  return (c) => {
    patterns ??= routes()
      .filter((r) => r.method !== "ALL" && r.path !== "*" && r.path !== "/*")
      .map((r) => ({ method: r.method, re: new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\/:[^/]+/g, "/[^/]+").replace(/\*/g, ".*")}/?$`) }));
    const path = c.req.path;
    const allowed = [...new Set(patterns.filter((p) => p.re.test(path)).map((p) => p.method))];
    if (!allowed.length || allowed.includes(c.req.method)) return notFound(c);
    if (allowed.includes("GET")) allowed.push("HEAD");
    return c.json(errorBody(405, "method-not-allowed", `${c.req.method.slice(0, 20)} is not allowed on ${path.slice(0, 200)} — use ${allowed.join(" or ")}`), 405, { allow: allowed.join(", ") });
  };
}

export function notFound(c: Context): Response {
  return c.json(errorBody(404, "not-found", `no route for ${c.req.method} ${c.req.path.slice(0, 200)}`), 404);
}
