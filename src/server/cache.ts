import type { MiddlewareHandler } from "hono";

/** Routes whose answers change from one request to the next (uptime): never cached, never 304. */
export const UNCACHED_PATHS: ReadonlySet<string> = new Set(["/api/v1/health"]);

/** Bodies at least this long are written in chunks of this size, each when the socket takes it. */
const STREAM_CHUNK = 64 * 1024;

/** The encoding an answer is kept and sent in for a request's Accept-Encoding: br, gzip or none ("-"). */
export const encodingFor = (accept: string): "br" | "gzip" | "-" => (/\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : "-");

/** Today as a UTC day: answers with a default date ("as of today") are keyed by it. */
export const utcDay = (now = Date.now()): string => new Date(now).toISOString().slice(0, 10);

/**
 * A body read from `bytes` one chunk at a time, only when the socket has taken the previous one
 * (@hono/node-server waits for `drain` before it reads on), one chunk per turn of the event loop.
 * The chunks are views, not copies: any number of slow clients share the one cached answer instead
 * of holding a copy each in their socket's write buffer.
 */
function streamBody(bytes: Uint8Array<ArrayBuffer>, chunk = STREAM_CHUNK): ReadableStream<Uint8Array<ArrayBuffer>> {
  let offset = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      async pull(controller) {
        // One chunk per turn of the event loop: on a fast link the kernel takes megabytes before it
        // pushes back, and other requests (health) must not wait behind all of them.
        if (offset > 0) await new Promise((ok) => setImmediate(ok));
        controller.enqueue(bytes.subarray(offset, offset + chunk));
        offset += chunk;
        if (offset >= bytes.length) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

interface Entry {
  status: number;
  body: Uint8Array<ArrayBuffer>;
  headers: [string, string][];
}

function responseOf(e: Entry): Response {
  const headers = new Headers(e.headers);
  headers.set("content-length", String(e.body.length));
  return new Response(e.body.length >= STREAM_CHUNK ? streamBody(e.body) : e.body, { status: e.status, headers });
}

export interface ResponseCacheOptions {
  /** Total bytes kept (default 64 MiB); one answer at most an eighth of it. */
  maxBytes?: number;
  /** Today, as a UTC day (default: the clock's). */
  today?: () => string;
}

/**
 * Keeps recent successful GET answers in memory, keyed by URL, the encoding asked for and the UTC
 * day: within a data release an answer only changes when a route's default date ("today") does, so a
 * repeated request skips the query, the serialisation and the compression. Requests for an answer
 * being made wait for it rather than make it again (300 clients asking at once for the 5 MB export
 * make it once). Bounded by total bytes; the least recently used answers go first; the day's turn
 * empties it.
 *
 * @example app.use("*", responseCache()); app.use("*", compress())
 */
export function responseCache(opts: ResponseCacheOptions = {}): MiddlewareHandler {
  const maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
  const today = opts.today ?? (() => utcDay());
  const cache = new Map<string, Entry>();
  const making = new Map<string, Promise<Entry | undefined>>();
  let bytes = 0;
  let day = today();
  return async (c, next) => {
    if (c.req.method !== "GET" || !c.req.path.startsWith("/api/") || UNCACHED_PATHS.has(c.req.path)) return next();
    const now = today();
    if (now !== day) {
      cache.clear();
      bytes = 0;
      day = now;
    }
    const accept = c.req.header("accept-encoding") ?? "";
    // The day is in the key too: an answer begun just before midnight is kept under its own day.
    const key = `${day} ${encodingFor(accept)} ${c.req.url.replace(/^[a-z]+:\/\/[^/]+/, "")}`;
    const hit = cache.get(key) ?? (await making.get(key));
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      c.res = responseOf(hit);
      return;
    }
    let made: Entry | undefined;
    let done!: (e: Entry | undefined) => void;
    making.set(key, new Promise((ok) => (done = ok)));
    try {
      await next();
      if (c.res.status !== 200) return;
      const body = new Uint8Array(await c.res.arrayBuffer());
      made = { status: 200, body, headers: [...c.res.headers.entries()].filter(([k]) => k !== "content-length") };
      // Replaced by a response read from the kept bytes (the old body is spent), length and all.
      c.res.headers.delete("content-length");
      c.res = responseOf(made);
      if (body.length > maxBytes / 8) return;
      cache.set(key, made);
      bytes += body.length;
      for (const [k, v] of cache) {
        if (bytes <= maxBytes) break;
        cache.delete(k);
        bytes -= v.body.length;
      }
    } finally {
      making.delete(key);
      done(made);
    }
  };
}
