import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (the folder holding package.json), found from this file's location. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Where the knowledge lives: `GAIKO_DATA` or `<root>/data`. */
export function dataDir(): string {
  return process.env.GAIKO_DATA ?? join(PROJECT_ROOT, "data");
}

/** The embedded store: `GAIKO_DB` or `<root>/var/gaiko.db`. */
export function dbPath(): string {
  return process.env.GAIKO_DB ?? join(PROJECT_ROOT, "var", "gaiko.db");
}

/** The shared material beside the project (seeds, datasets): `GAIKO_SHARED` or `<root>/../shared`. */
export function sharedDir(): string | undefined {
  const dir = process.env.GAIKO_SHARED ?? join(PROJECT_ROOT, "..", "shared");
  return existsSync(dir) ? dir : undefined;
}
