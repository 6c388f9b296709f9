import { getRequestListener, RequestError, type ServerType } from "@hono/node-server";
import { createServer, STATUS_CODES } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import type { Store } from "../kb/store.js";
import { createApp } from "./app.js";
import { FinalAnswers } from "./final-answers.js";
import { CheckPool } from "./check-pool.js";
import { damagedAnswer, errorBody } from "./errors.js";
import { LiveStore } from "./live.js";
import { MAX_URL } from "./middleware.js";

/**
 * Largest request line plus headers Node reads, in bytes: above the URL limit, so that a long URL
 * reaches the app and gets its 414; past this, 431.
 */
export const MAX_HEADER_BYTES = 64 * 1024;

/** How long a client may take, in ms. Tests pass small ones. */
export interface ServeTimeouts {
  /** To send the request line and headers (default 10 000): slowloris. */
  headersMs?: number;
  /** To send the whole request, body included (default 30 000): a trickled body. */
  requestMs?: number;
  /** An idle keep-alive connection stays open (default 5 000). */
  keepAliveMs?: number;
  /**
   * A connection may go without anything read or written (default 30 000, or longer when two check
   * budgets need it): a client that stops reading an answer is dropped, and the answer's memory with it.
   */
  idleMs?: number;
  /** How often the header and request deadlines are enforced (default 1 000). */
  sweepMs?: number;
}

export interface ServeOptions {
  port: number;
  host: string;
  /** Where access-log lines go; none when omitted. */
  log?: (line: string) => void;
  /** Where the server notes that it reopened the database, or could not (default: `log`). */
  notice?: (line: string) => void;
  webRoot?: string;
  /** Checker threads (default: available parallelism − 1, or `GAIKO_CHECK_WORKERS`). */
  checkWorkers?: number;
  /** Time budget of one check in ms (default 10 000, or `GAIKO_CHECK_BUDGET_MS`). */
  checkBudgetMs?: number;
  timeouts?: ServeTimeouts;
  /** How often, at most, the database file is looked at for a rebuild, in ms (default 1 000). */
  reopenCheckMs?: number;
}

export interface Serving {
  server: ServerType;
  port: number;
  /** The database being served, reopened when its file is replaced. */
  live: LiveStore;
  /** The checker threads of the database being served now. */
  readonly checkPool: CheckPool;
}

/**
 * Starts the HTTP server on `store`'s file, following it when `gaiko build` replaces it, with
 * timeouts so that a slow client cannot hold a connection or memory: headers within 10 s, the whole
 * request within 30 s, idle keep-alive closed after 5 s, a connection with nothing read or written for
 * 30 s dropped. Texts are checked on worker threads, each within a time budget.
 *
 * @example const { port } = await startServer(Store.open("var/gaiko.db"), { port: 0, host: "127.0.0.1" })
 */
export function startServer(store: Store, opts: ServeOptions): Promise<Serving> {
  const started = Date.now();
  const pools = new Map<Store, CheckPool>();
  const live: LiveStore = new LiveStore(
    store,
    (s) => {
      const checkPool = new CheckPool({ dbPath: s.db.name, size: opts.checkWorkers, budgetMs: opts.checkBudgetMs });
      pools.set(s, checkPool);
      const kept = new FinalAnswers({ log: opts.log });
      const app = createApp(s, { finalAnswers: kept, log: opts.log, webRoot: opts.webRoot, checkPool, started, state: () => live.state(), onDamage: (e) => live.markDamaged(e) });
      return {
        store: s,
        fetch: (req) => {
          // Once a query met damage, every data route says so at once (the rest of the file is suspect).
          const damaged = live.state().damaged;
          if (damaged && new URL(req.url).pathname.startsWith("/api/")) return damagedAnswer(damaged);
          return app.fetch(req);
        },
        answerKept: (req, res) => kept.answer(req, res),
        close: async () => {
          pools.delete(s);
          s.close();
          await checkPool.close();
        },
      };
    },
    { checkEveryMs: opts.reopenCheckMs, log: opts.notice ?? opts.log },
  );
  const t = opts.timeouts ?? {};
  const listener = getRequestListener(live.fetch, { hostname: opts.host, errorHandler: answerUnreadable });
  const http = createServer(
    {
      maxHeaderSize: MAX_HEADER_BYTES,
      headersTimeout: t.headersMs ?? 10_000,
      requestTimeout: t.requestMs ?? 30_000,
      keepAliveTimeout: t.keepAliveMs ?? 5_000,
      connectionsCheckingInterval: t.sweepMs ?? 1_000,
    },
    // A repeated API request is sent its kept answer before any Request or middleware is made.
    (req, res) => void (live.answerKept(req, res) || listener(req, res)),
  );
  http.on("close", () => void live.close());
  http.on("clientError", answerClientError);
  // A check may wait one budget for a worker and run one more: its connection is quiet all that time.
  http.timeout = t.idleMs ?? Math.max(30_000, 2 * pools.get(store)!.budgetMs + 5_000);
  return new Promise((resolve) => {
    http.listen(opts.port, opts.host, () => {
      const port = (http.address() as AddressInfo).port;
      resolve({ server: http, port, live, get checkPool() { return pools.get(live.store)!; } });
    });
  });
}

/**
 * A request the adapter cannot turn into a `Request` (a backslash in the path, a bad Host header) gets
 * 400 in the error shape, not a bare status; anything else that escapes the app, a logged 500.
 */
function answerUnreadable(e: unknown): Response {
  if (e instanceof RequestError) return Response.json(errorBody(400, "bad-request", "the request's URL or Host header cannot be read"), { status: 400 });
  process.stderr.write(`${JSON.stringify({ level: "error", message: (e as Error).message, stack: (e as Error).stack })}\n`);
  return Response.json(errorBody(500, "internal", "internal server error"), { status: 500 });
}

/**
 * Requests Node's parser refuses before the app sees them (an unknown method, headers past the limit,
 * a line that is not HTTP, a timeout) get the API's error shape instead of a bare status line.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, code, message]: [number, string, string] =
    err.code === "HPE_HEADER_OVERFLOW"
      ? [431, "headers-too-large", `the request line and headers are over ${MAX_HEADER_BYTES} bytes (URLs are limited to ${MAX_URL} characters)`]
      : err.code === "HPE_INVALID_METHOD"
        ? [405, "method-not-allowed", "unknown HTTP method — the API answers GET and HEAD, and POST for /api/v1/check"]
        : err.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? [408, "request-timeout", "the request took too long to arrive"]
          : [400, "bad-request", "malformed HTTP request"];
  const body = JSON.stringify(errorBody(status, code, message));
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}
