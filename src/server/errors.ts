import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
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

export function errorBody(status: number, code: string, message: string, details?: { path: string; message: string }[]): ApiError {
  return { error: { status, code, message, ...(details ? { details } : {}) } };
}

/**
 * Every error becomes `{ error: { status, code, message } }`. Unexpected errors are logged with their
 * stack on the server and answered with a generic 500: no stack trace ever reaches a client.
 */
export function onError(err: Error, c: Context): Response {
  if (err instanceof HttpError) return c.json(errorBody(err.status, err.code, err.message, err.details), err.status);
  const status = (err as { status?: number }).status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    return c.json(errorBody(status, "bad-request", err.message.slice(0, 200)), status as ContentfulStatusCode);
  }
  process.stderr.write(`${JSON.stringify({ level: "error", message: err.message, stack: err.stack })}\n`);
  return c.json(errorBody(500, "internal", "internal server error"), 500);
}

export function notFound(c: Context): Response {
  return c.json(errorBody(404, "not-found", `no route for ${c.req.method} ${c.req.path.slice(0, 200)}`), 404);
}
