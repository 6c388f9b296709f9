import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project root: the nearest folder above this module holding package.json. Found by walking up,
 * because this module runs both from src/kb (through tsx) and from the bundle in dist/.
 */
export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, "package.json"))) return d;
    if (dirname(d) === d) return resolve(dir, "..", "..");
  }
}

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
