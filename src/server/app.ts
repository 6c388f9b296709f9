import { OpenAPIHono } from "@hono/zod-openapi";
import { asDamageError, type DamagedDatabaseError, type Store } from "../kb/store.js";
import { errorBody, notFoundOrWrongMethod, onError } from "./errors.js";
import { homePage, referencePage } from "./pages.js";
import { accessLog, compress, corsForReads, limitUrl, releaseCaching } from "./middleware.js";
import { responseCache } from "./cache.js";
import type { FinalAnswers } from "./final-answers.js";
import { registerRoutes } from "./routes.js";
import { serveExplorer } from "./static.js";
import { shellRenderer } from "./shell.js";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { registerReferenceRoutes } from "./routes-reference.js";
import { registerVotesRoutes } from "./routes-votes.js";
import { registerCheckRoute } from "./routes-check.js";
import { registerListRoutes } from "./routes-list.js";
import { registerSeriesRoutes } from "./routes-series.js";
import type { CheckPool } from "./check-pool.js";
import type { LiveState } from "./live.js";

export interface AppOptions {
  /** Where access-log lines go; none when omitted. */
  log?: (line: string) => void;
  /** The built explorer (web/dist); the plain built-in page is served at / when it is absent. */
  webRoot?: string;
  /** Checker threads for POST /api/v1/check; without them, texts are checked on the calling thread. */
  checkPool?: CheckPool;
  /** When the server started, in ms since the epoch, for health's uptime (default: now). */
  started?: number;
  /** What health reports about the database file (default: never stale). */
  state?: () => LiveState;
  /** Where the app keeps the final form of its small API answers, for the listener to send again (serve.ts). */
  finalAnswers?: FinalAnswers;
  /** Told when a query meets damage in the database (the error is answered 503 either way). */
  onDamage?: (e: DamagedDatabaseError) => void;
}

/**
 * The HTTP app: the /api/v1 routes with their OpenAPI 3.1 document, the reference page and the
 * explorer page, behind logging, URL limits, release-tied caching, CORS for reads and compression.
 * Request validation errors and every other error answer with the one JSON error shape.
 *
 * @example const app = createApp(Store.open("var/gaiko.db")); await app.request("/api/v1/health")
 */
export function createApp(store: Store, opts: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const details = result.error.issues.map((i) => ({ path: i.path.join(".") || "(request)", message: i.message }));
      const first = details[0]!;
      return c.json(errorBody(400, "invalid-parameter", `${first.path}: ${first.message}`, details), 400);
    },
  });
  // Outermost, so that what it keeps is exactly what the client was sent.
  if (opts.finalAnswers) app.use("*", opts.finalAnswers.keep());
  if (opts.log) app.use("*", accessLog(opts.log));
  app.use("*", limitUrl());
  app.use("*", corsForReads());
  app.use("*", releaseCaching(store.release));
  // Outside compression, so that an answer is compressed once, not on every request.
  app.use("*", responseCache());
  app.use("*", compress());
  registerRoutes(app, store, { started: opts.started ?? Date.now(), state: opts.state ?? (() => ({ stale: false })) });
  registerReferenceRoutes(app, store);
  registerVotesRoutes(app, store);
  registerCheckRoute(app, store, opts.checkPool);
  registerListRoutes(app, store);
  registerSeriesRoutes(app, store);
  app.doc31("/api/v1/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "gaiko API",
      version: "1",
      description: `Japan's foreign relations: dated, source-cited statements. Data release ${store.release}.`,
    },
  });
  app.get("/api/v1", (c) => c.html(referencePage()));
  if (opts.webRoot && existsSync(join(opts.webRoot, "index.html"))) app.use("*", serveExplorer(opts.webRoot, shellRenderer(store)));
  else app.get("/", (c) => c.html(homePage(c.req.query("lang") === "ja" ? "ja" : "en")));
  app.notFound(notFoundOrWrongMethod(() => app.routes));
  app.onError((e, c) => {
    const damage = asDamageError(e, store.db.name);
    if (damage) opts.onDamage?.(damage);
    return onError(e, c);
  });
  return app;
}
