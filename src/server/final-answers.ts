// The final form (status, every header, bytes) of small successful API answers, kept so that a repeated
// request is answered straight from node:http, before any Request, Response or middleware is made.
// The app's own response cache (cache.ts) already skips the query and the compression; this skips the
// framework too, which at 50 connections is most of what is left (0.15 ms of 0.2 ms per answer).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { MiddlewareHandler } from "hono";
import { encodingFor, UNCACHED_PATHS, utcDay } from "./cache.js";

/** Answers at least this long are streamed by the app (cache.ts): they always take the app's path. */
const MAX_KEPT_BODY = 64 * 1024;

interface Kept {
  headers: [string, string][];
  body: Buffer;
}

export interface FinalAnswersOptions {
  /** Total bytes kept (default 32 MiB); the least recently used go first. */
  maxBytes?: number;
  /** Today, as a UTC day (default: the clock's); answers are kept under the day they were made. */
  today?: () => string;
  /** Where a line per answered request goes, in the access log's shape; none when omitted. */
  log?: (line: string) => void;
}

/** The key of an answer: the UTC day, the encoding the client takes, the path and query as sent. */
const keyOf = (day: string, acceptEncoding: string | undefined, pathAndQuery: string) => `${day} ${encodingFor(acceptEncoding ?? "")} ${pathAndQuery}`;

/**
 * Kept final answers of one app (one data release: a reopened database gets a new app and a new one).
 * `keep()` is the app's outermost middleware and records what the app answered; `answer()` runs in the
 * node:http listener before the app and sends a kept answer when one fits the request exactly.
 *
 * Only plain GETs are answered here: a conditional request (If-None-Match), a HEAD, anything outside
 * /api/, health (its uptime moves) and any answer other than a 200 carrying the release's ETag go to
 * the app, which stays the one place that decides what an answer is.
 *
 * @example const kept = new FinalAnswers(); createApp(store, { finalAnswers: kept }); (req, res) => kept.answer(req, res) || listener(req, res)
 */
export class FinalAnswers {
  private readonly kept = new Map<string, Kept>();
  private bytes = 0;
  private day: string;
  private readonly maxBytes: number;
  private readonly today: () => string;

  constructor(private readonly opts: FinalAnswersOptions = {}) {
    this.maxBytes = opts.maxBytes ?? 32 * 1024 * 1024;
    this.today = opts.today ?? (() => utcDay());
    this.day = this.today();
  }

  /** How many answers are kept (for tests and health checks). */
  get size(): number {
    return this.kept.size;
  }

  /** The app's outermost middleware: keeps each eligible answer as it leaves the app. */
  keep(): MiddlewareHandler {
    return async (c, next) => {
      const day = this.dayNow();
      await next();
      // An answer begun before midnight may hold the old day's default date: not kept for the new day.
      if (this.dayNow() !== day) return;
      if (c.req.method !== "GET" || !c.req.path.startsWith("/api/") || UNCACHED_PATHS.has(c.req.path)) return;
      const res = c.res;
      const length = Number(res.headers.get("content-length") ?? NaN);
      if (res.status !== 200 || !res.headers.has("etag") || !(length < MAX_KEPT_BODY) || !res.body) return;
      const url = new URL(c.req.url);
      const key = keyOf(day, c.req.header("accept-encoding"), url.pathname + url.search);
      if (this.kept.has(key)) return;
      const body = Buffer.from(await res.clone().arrayBuffer());
      if (body.length !== length) return;
      this.kept.set(key, { headers: [...res.headers.entries()], body });
      this.bytes += body.length;
      for (const [k, v] of this.kept) {
        if (this.bytes <= this.maxBytes) break;
        this.kept.delete(k);
        this.bytes -= v.body.length;
      }
    };
  }

  /** Sends the kept answer to `req` and returns true, or returns false (and sends nothing). */
  answer(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== "GET" || req.headers["if-none-match"] !== undefined || !req.url?.startsWith("/api/")) return false;
    const key = keyOf(this.dayNow(), req.headers["accept-encoding"], req.url);
    const hit = this.kept.get(key);
    if (!hit) return false;
    const t0 = this.opts.log ? performance.now() : 0;
    this.kept.delete(key);
    this.kept.set(key, hit);
    res.writeHead(200, hit.headers);
    res.end(hit.body);
    if (this.opts.log) {
      const path = req.url.split("?")[0]!;
      this.opts.log(JSON.stringify({
        t: new Date().toISOString(), method: "GET", path: path.slice(0, 300), status: 200,
        ms: Math.round((performance.now() - t0) * 10) / 10, bytes: hit.body.length,
      }) + "\n");
    }
    return true;
  }

  private dayNow(): string {
    const now = this.today();
    if (now !== this.day) {
      this.kept.clear();
      this.bytes = 0;
      this.day = now;
    }
    return now;
  }
}
