import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildDatabase } from "../src/kb/build.js";
import { Store } from "../src/kb/store.js";

export const ROOT = resolve(import.meta.dirname, "..");
export const FIXTURES = join(ROOT, "test", "fixtures");
export const GOOD = join(FIXTURES, "good");
export const BROKEN = join(FIXTURES, "broken");
export const FIXTURE_SHARED = join(FIXTURES, "shared");

/** Builds the good fixtures into a fresh temporary database and opens it. */
export function fixtureStore(): { store: Store; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), "gaiko-test-")), "fixture.db");
  buildDatabase(GOOD, path, { sharedDir: FIXTURE_SHARED });
  return { store: Store.open(path), path };
}
