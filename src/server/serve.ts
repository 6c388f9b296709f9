import { serve, type ServerType } from "@hono/node-server";
import type { Server } from "node:http";
import type { Store } from "../kb/store.js";
import { createApp } from "./app.js";

export interface ServeOptions {
  port: number;
  host: string;
  log?: (line: string) => void;
  webRoot?: string;
}

/**
 * Starts the HTTP server with timeouts, so that a slow client cannot hold a connection open:
 * headers within 10 s, the whole request within 30 s, idle keep-alive closed after 5 s.
 */
export function startServer(store: Store, opts: ServeOptions): Promise<{ server: ServerType; port: number }> {
  const app = createApp(store, { log: opts.log, webRoot: opts.webRoot });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => resolve({ server, port: info.port }));
    const http = server as Server;
    http.headersTimeout = 10_000;
    http.requestTimeout = 30_000;
    http.keepAliveTimeout = 5_000;
  });
}
