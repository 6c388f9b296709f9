import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildDatabase } from "../src/kb/build.js";
import { Store } from "../src/kb/store.js";
import { adoptIndex, deserializeIndex, type SearchIndex } from "../src/kb/search/index.js";
import Database from "better-sqlite3";
import { inject } from "vitest";
import type { Provided, SharedBuildInfo } from "./global-setup.js";
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

/**
 * The good fixtures with China's file given two notes, one written in both languages and one in English
 * only: what the Japanese-notes tests of the API, the export and the plain page read.
 */
export function fixtureStoreWithJapaneseNotes(): Store {
  const src = `sources: [{source: web-mofa-fixture, locator: "§ 1"}]`;
  const china = `names: {en: "China", ja: "中華人民共和国"}
statehood: sovereign
cow: 710
${src}
statements:
  - {p: exists, time: "1949-10-01/..", note: "Founded in Beijing.", note_ja: "北京で建国を宣言。", ${src}}
  - {p: diplomatic-relations, object: japan, time: "1972-09-29/..", note: "By the joint communiqué.", ${src}}
  - {p: attribute, role: "capital", value: "Beijing", value_ja: "北京", ${src}}
  - {p: attribute, role: "population", value: 1400000000, ${src}}
`;
  const dir = mkdtempSync(join(tmpdir(), "gaiko-notes-ja-"));
  const data = join(dir, "data");
  cpSync(GOOD, data, { recursive: true });
  writeFileSync(join(data, "states", "china.yaml"), china);
  buildDatabase(data, join(dir, "kb.db"), { sharedDir: FIXTURE_SHARED });
  return Store.open(join(dir, "kb.db"));
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

function takeBuild<T>(p: Provided<T> | undefined, helper: string): T {
  if (p === undefined) throw new Error(`${helper}: no shared build was provided; is test/global-setup.ts vitest.config.ts's test.globalSetup?`);
  if ("failed" in p) throw new Error(p.failed);
  if ("notMade" in p) throw new Error(`${helper}: the shared build was not made: ${p.notMade}`);
  return p.built;
}

/**
 * The full build of the real data/ and every dataset, made once per test run by test/global-setup.ts (as
 * `gaiko build` makes it): its database path, lint errors and imports. Call it by name in the test file
 * (the setup builds only what the selected files name). Throws when the build failed, or when
 * `expect.lintedWith` is given and the build's lint checked the seeds in another folder (or none).
 *
 * @example const built = sharedBuild({ lintedWith: SHARED }); expect(built.lint.errors).toEqual([]);
 */
export function sharedBuild(expect: { lintedWith?: string | undefined } = {}): SharedBuildInfo {
  const built = takeBuild(inject("gaikoFullBuild"), "sharedBuild()");
  if ("lintedWith" in expect && expect.lintedWith !== built.lintedWith) {
    throw new Error(`sharedBuild(): the shared build linted with ../shared at ${built.lintedWith ?? "(none)"}, this test wants ${expect.lintedWith ?? "(none)"}`);
  }
  return built;
}

/**
 * The full build of the real data/ (see `sharedBuild`), opened read-only: shared by every test file
 * that reads it, so none may change it.
 *
 * @example const store = sharedStore(); afterAll(() => store.close());
 */
export function sharedStore(): Store {
  const built = sharedBuild();
  const store = Store.open(built.path);
  // The index global setup has built of this file, rather than one more of the same (1 to 3 s).
  const index = built.searchIndex;
  if (index) adoptIndex(store, () => sharedIndex(index));
  return store;
}

let readIndex: { file: string; index: SearchIndex } | undefined;

/**
 * The search index global setup's builder wrote (test/search-index-builder.ts), read once per worker (test files
 * share a worker's modules: vitest's isolate is off). Waits while the builder, started before any test file, is at
 * work; none (the store builds its own) when it failed or is gone without writing it.
 */
function sharedIndex({ file, pid }: NonNullable<SharedBuildInfo["searchIndex"]>): SearchIndex | undefined {
  if (readIndex?.file === file) return readIndex.index;
  const tick = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(file) && !existsSync(`${file}.failed`) && running(pid)) Atomics.wait(tick, 0, 0, 20);
  if (!existsSync(file)) return undefined;
  readIndex = { file, index: deserializeIndex(readFileSync(file)) };
  return readIndex.index;
}

/** Whether the process `pid` still runs (signal 0 is only a check). */
function running(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The curated knowledge base (data/ alone, no datasets), built once per run by test/global-setup.ts and
 * opened read-only: for tests scored against what the project curated.
 *
 * @example const store = curatedStore(); afterAll(() => store.close());
 */
export function curatedStore(): Store {
  return Store.open(takeBuild(inject("gaikoCuratedBuild"), "curatedStore()").path);
}
