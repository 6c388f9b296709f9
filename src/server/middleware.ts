import { createHash } from "node:crypto";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import type { MiddlewareHandler } from "hono";
import { encodingFor, UNCACHED_PATHS, utcDay } from "./cache.js";
import { errorBody } from "./errors.js";

/** Longest accepted URL (path and query), in characters. */
export const MAX_URL = 2048;

/** One JSON line per request on stderr: time, method, path, status, duration, bytes. */
export function accessLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const t0 = performance.now();
    await next();
    write(JSON.stringify({
      t: new Date().toISOString(), method: c.req.method, path: c.req.path.slice(0, 300), status: c.res.status,
      ms: Math.round((performance.now() - t0) * 10) / 10, bytes: Number(c.res.headers.get("content-length") ?? 0) || undefined,
    }) + "\n");
  };
}

/** Refuses over-long URLs with 414 before any work is done. */
export function limitUrl(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.url.length > MAX_URL) return c.json(errorBody(414, "uri-too-long", `the URL is longer than ${MAX_URL} characters`), 414);
    await next();
  };
}

/**
 * ETag and Cache-Control tied to the data release: answers for a URL only change when the data does
 * or, for a route's default date, when the UTC day does, so the tag is the release plus a hash of the
 * URL and the day, and a matching If-None-Match gets 304 without running the query. Health is never
 * cached (its uptime moves).
 */
export function releaseCaching(release: string, maxAge = 300, today: () => string = () => utcDay()): MiddlewareHandler {
  return async (c, next) => {
    if (UNCACHED_PATHS.has(c.req.path)) {
      await next();
      c.res.headers.set("cache-control", "no-store");
      if (c.res.status === 200) c.res.headers.set("x-gaiko-release", release);
      return;
    }
    // Only the API's answers are a function of the release and the URL: the explorer's HTML also
    // names its build's assets (a rebuild must not be answered 304), and its assets carry their own caching.
    if ((c.req.method !== "GET" && c.req.method !== "HEAD") || !c.req.path.startsWith("/api/")) return next();
    const url = c.req.url.replace(/^[a-z]+:\/\/[^/]+/, "");
    const tag = `"${release}-${createHash("sha1").update(`${today()} ${url}`).digest("hex").slice(0, 12)}"`;
    const inm = c.req.header("if-none-match");
    if (inm && inm.split(",").some((t) => t.trim().replace(/^W\//, "") === tag)) {
      return c.body(null, 304, { etag: tag, "cache-control": `public, max-age=${maxAge}` });
    }
    await next();
    if (c.res.status === 200) {
      c.res.headers.set("etag", tag);
      c.res.headers.set("cache-control", `public, max-age=${maxAge}`);
      c.res.headers.set("x-gaiko-release", release);
    }
  };
}

/** CORS for reads: any origin may GET or HEAD; other methods get no CORS grant. */
export function corsForReads(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === "OPTIONS") {
      return c.body(null, 204, {
        "access-control-allow-origin": "*",
        "access-control-allow-methods": "GET, HEAD",
        "access-control-allow-headers": "If-None-Match, Content-Type",
        "access-control-max-age": "86400",
      });
    }
    await next();
    if (c.req.method === "GET" || c.req.method === "HEAD") {
      c.res.headers.set("access-control-allow-origin", "*");
      c.res.headers.set("access-control-expose-headers", "ETag, X-Gaiko-Release");
    }
  };
}

const COMPRESSIBLE = /^(application\/(json|ld\+json|javascript)|text\/)/;

/** Brotli or gzip for text answers over 1 KB, as the client's Accept-Encoding allows. */
export function compress(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const accept = c.req.header("accept-encoding") ?? "";
    const type = c.res.headers.get("content-type") ?? "";
    if (!c.res.body || c.res.headers.has("content-encoding") || !COMPRESSIBLE.test(type)) return;
    const enc = encodingFor(accept);
    if (enc === "-") return;
    const raw = Buffer.from(await c.res.arrayBuffer());
    const headers = new Headers(c.res.headers);
    headers.append("vary", "Accept-Encoding");
    if (raw.length < 1024) {
      c.res = new Response(raw, { status: c.res.status, headers });
      return;
    }
    const body = enc === "br" ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : gzipSync(raw, { level: 6 });
    headers.set("content-encoding", enc);
    headers.set("content-length", String(body.length));
    // Hono copies the old response's headers onto the one assigned to c.res: drop the old length first,
    // or a cached plain answer's length would be sent with its compressed body.
    c.res.headers.delete("content-length");
    c.res = new Response(body, { status: c.res.status, headers });
  };
}
