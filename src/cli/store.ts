import { existsSync } from "node:fs";
import { dataDir, dbPath, sharedDir } from "../kb/paths.js";
import { Store } from "../kb/store.js";
import type { Command } from "commander";

/** The `--db` flag every reading command shares. */
export function withDbOption(cmd: Command): Command {
  return cmd.option("--db <path>", "database file (default: var/gaiko.db, or $GAIKO_DB)");
}

/**
 * Opens the store for a reading command; builds it first when it does not exist yet, so a fresh
 * checkout answers straight away. A stale database is used as it is: `gaiko build` refreshes it. The
 * builder and its importers are loaded only then: a command that reads loads none of them.
 */
export async function openStore(opts: { db?: string }): Promise<Store> {
  const path = opts.db ?? dbPath();
  if (!existsSync(path) && !opts.db) {
    process.stderr.write(`gaiko: no database yet; building ${path} from data/ …\n`);
    const [{ buildAll }, { IMPORTERS }] = await Promise.all([import("../datasets/run.js"), import("../datasets/registry.js")]);
    await buildAll(dataDir(), path, IMPORTERS, { sharedDir: sharedDir() });
  }
  // One snapshot for the whole command: it reads and exits.
  return Store.open(path).holdSnapshot();
}
