import { serve, type ServerType } from "@hono/node-server";
import type { Server } from "node:http";
import type { Store } from "../kb/store.js";
import { createApp } from "./app.js";
import { CheckPool } from "./check-pool.js";

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
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => resolve({ server, port: info.port, checkPool }));
    const http = server as Server;
    http.on("close", () => void checkPool.close());
    http.headersTimeout = 10_000;
    http.requestTimeout = 30_000;
    http.keepAliveTimeout = 5_000;
  });
}
