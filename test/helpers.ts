import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildDatabase } from "../src/kb/build.js";
import { Store } from "../src/kb/store.js";
import Database from "better-sqlite3";
import { importInto } from "../src/datasets/run.js";
import { unvotes } from "../src/datasets/importers/unvotes.js";

export const ROOT = resolve(import.meta.dirname, "..");
export const FIXTURES = join(ROOT, "test", "fixtures");
export const GOOD = join(FIXTURES, "good");
export const BROKEN = join(FIXTURES, "broken");
export const BROKEN_TIME = join(FIXTURES, "broken-time");
export const FIXTURE_SHARED = join(FIXTURES, "shared");

/** Builds the good fixtures into a fresh temporary database and opens it. */
export function fixtureStore(): { store: Store; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), "gaiko-test-")), "fixture.db");
  buildDatabase(GOOD, path, { sharedDir: FIXTURE_SHARED });
  return { store: Store.open(path), path };
}

/** The good fixtures plus the fixture UN votes, imported as a full build would. */
export async function fixtureStoreWithVotes(): Promise<{ store: Store; path: string }> {
  const path = join(mkdtempSync(join(tmpdir(), "gaiko-test-")), "fixture-votes.db");
  buildDatabase(GOOD, path, { sharedDir: FIXTURE_SHARED });
  const db = new Database(path);
  await importInto(db, unvotes, join(FIXTURES, "datasets", "unvotes"));
  db.close();
  return { store: Store.open(path), path };
}
