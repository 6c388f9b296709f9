import { existsSync } from "node:fs";
import { buildAll } from "../datasets/run.js";
import { IMPORTERS } from "../datasets/registry.js";
import { dataDir, dbPath, sharedDir } from "../kb/paths.js";
import { Store } from "../kb/store.js";
import type { Command } from "commander";

/** The `--db` flag every reading command shares. */
export function withDbOption(cmd: Command): Command {
  return cmd.option("--db <path>", "database file (default: var/gaiko.db, or $GAIKO_DB)");
}

/**
 * Opens the store for a reading command; builds it first when it does not exist yet, so a fresh
 * checkout answers straight away. A stale database is used as it is: `gaiko build` refreshes it.
 */
export async function openStore(opts: { db?: string }): Promise<Store> {
  const path = opts.db ?? dbPath();
  if (!existsSync(path) && !opts.db) {
    process.stderr.write(`gaiko: no database yet; building ${path} from data/ …\n`);
    await buildAll(dataDir(), path, IMPORTERS, { sharedDir: sharedDir() });
  }
  return Store.open(path);
}
