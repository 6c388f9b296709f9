import { serve, type ServerType } from "@hono/node-server";
import { STATUS_CODES, type Server } from "node:http";
import type { Duplex } from "node:stream";
import type { Store } from "../kb/store.js";
import { createApp } from "./app.js";
import { CheckPool } from "./check-pool.js";
import { errorBody } from "./errors.js";
import { MAX_URL } from "./middleware.js";

/**
 * Largest request line plus headers Node reads, in bytes: above the URL limit, so that a long URL
 * reaches the app and gets its 414; past this, 431.
 */
export const MAX_HEADER_BYTES = 64 * 1024;

export interface ServeOptions {
  port: number;
  host: string;
  log?: (line: string) => void;
  webRoot?: string;
  /** Checker threads (default: available parallelism − 1, or `GAIKO_CHECK_WORKERS`). */
  checkWorkers?: number;
  /** Time budget of one check in ms (default 10 000, or `GAIKO_CHECK_BUDGET_MS`). */
  checkBudgetMs?: number;
}

/**
 * Starts the HTTP server with timeouts, so that a slow client cannot hold a connection open:
 * headers within 10 s, the whole request within 30 s, idle keep-alive closed after 5 s. Texts are
 * checked on worker threads, each within a time budget, so that no request stalls the others.
 */
export function startServer(store: Store, opts: ServeOptions): Promise<{ server: ServerType; port: number; checkPool: CheckPool }> {
  const checkPool = new CheckPool({ dbPath: store.db.name, size: opts.checkWorkers, budgetMs: opts.checkBudgetMs });
  const app = createApp(store, { log: opts.log, webRoot: opts.webRoot, checkPool });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host, serverOptions: { maxHeaderSize: MAX_HEADER_BYTES } }, (info) => resolve({ server, port: info.port, checkPool }));
    const http = server as Server;
    http.on("close", () => void checkPool.close());
    http.on("clientError", answerClientError);
    http.headersTimeout = 10_000;
    http.requestTimeout = 30_000;
    http.keepAliveTimeout = 5_000;
  });
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
