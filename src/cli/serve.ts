import type { Command } from "commander";
import { existsSync } from "node:fs";
import { buildAll } from "../datasets/run.js";
import { IMPORTERS } from "../datasets/registry.js";
import { join } from "node:path";
import { dataDir, dbPath, PROJECT_ROOT, sharedDir } from "../kb/paths.js";
import { loadData } from "../kb/load.js";
import { DamagedDatabaseError, Store } from "../kb/store.js";
import { parseCount } from "./flags.js";

/** `gaiko serve`: the API and the explorer on the embedded store (rebuilt first when data/ changed). */
export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("serve the API (/api/v1) and the explorer; rebuilds the database first if data/ changed, and follows it when `gaiko build` replaces it")
    .option("--port <n>", "port (default: $PORT or 3000)")
    .option("--host <host>", "interface to listen on (default: $HOST or 127.0.0.1)")
    .option("--db <path>", "database file (default: var/gaiko.db, or $GAIKO_DB)")
    .option("--quiet", "no access log")
    .action(async (opts: { port?: string; host?: string; db?: string; quiet?: boolean }) => {
      const port = parseCount("--port", opts.port ?? process.env.PORT ?? "3000", 0, 65535);
      const host = opts.host ?? process.env.HOST ?? "127.0.0.1";
      const path = opts.db ?? dbPath();
      if (!opts.db) await ensureFresh(path);
      const store = Store.open(path);
      const webRoot = join(PROJECT_ROOT, "web", "dist");
      // Loaded here, not at start-up, so that other commands do not pay for the server's modules.
      const { startServer } = await import("../server/serve.js");
      const { port: bound } = await startServer(store, {
        port, host, webRoot, log: opts.quiet ? undefined : (l) => process.stderr.write(l), notice: (l) => process.stderr.write(l),
      });
      process.stderr.write(`gaiko: serving release ${store.release} on http://${host}:${bound}/ (API: /api/v1, OpenAPI: /api/v1/openapi.json)\n`);
    });
}

/**
 * Rebuilds the default database when it is missing, was built from other data, or by another gaiko
 * version. A damaged one is not rebuilt: serving stops with the message that says so and what to do,
 * as every other command does, so that a disk fault is seen rather than hidden by a fresh build.
 */
async function ensureFresh(path: string): Promise<void> {
  let built: string | undefined;
  if (existsSync(path)) {
    try {
      const store = Store.open(path);
      built = store.release;
      store.close();
    } catch (e) {
      if (e instanceof DamagedDatabaseError) throw e;
      // an old-schema database is rebuilt below
    }
  }
  const release = loadData(dataDir(), { validate: false }).release;
  if (built === release) return;
  process.stderr.write(`gaiko: building ${path} from data/ (release ${release}) …\n`);
  await buildAll(dataDir(), path, IMPORTERS, { sharedDir: sharedDir() });
}
