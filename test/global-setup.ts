// Vitest global setup: the knowledge base is built from the real data/ once per run, not once per test
// file that reads it (each build takes 40–75 s of CPU; eleven files built their own and CI passed 15
// minutes). Two databases, each made only when a selected test file asks for it:
// - the full build, as `gaiko build` makes it (data/ and every vendored dataset), read through
//   `sharedStore()` / `sharedBuild()` in test/helpers.ts;
// - the curated build (data/ alone), for the checker tests that are scored against the curated
//   knowledge base, read through `curatedStore()`.
// Their paths reach the test files through vitest's provide/inject. A build that fails is handed on as
// its message, so the files that read it fail with it while the others run.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { IMPORTERS } from "../src/datasets/registry.js";
import { buildAll } from "../src/datasets/run.js";
import { buildDatabase } from "../src/kb/build.js";
import type { Diagnostic } from "../src/kb/load.js";
import { sharedDir } from "../src/kb/paths.js";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable, ensureExplorerBuilt, serveDatabase } from "./e2e/harness.js";

// Not test/helpers.ts's ROOT: that module imports vitest's test API, which is not for this process.
const ROOT = resolve(import.meta.dirname, "..");

/** What the tests learn of the full build: its database and what `buildAll` reported. */
export interface SharedBuildInfo {
  path: string;
  /** The ../shared folder the lint checked seed citations against, if any. */
  lintedWith: string | undefined;
  lint: { errors: Diagnostic[] };
  imports: { dataset: string; taken: number }[];
  /**
   * Where the full build's search index is being written (test/search-index-builder.ts) and by which process, when
   * a selected file searches the full build: `file` once whole, `${file}.failed` if the builder failed.
   */
  searchIndex?: { file: string; pid: number };
}

/** A shared build as provided: made, failed (its message), or not made because no selected file reads it. */
export type Provided<T> = { built: T } | { failed: string } | { notMade: string };

declare module "vitest" {
  export interface ProvidedContext {
    gaikoFullBuild: Provided<SharedBuildInfo>;
    gaikoCuratedBuild: Provided<{ path: string }>;
    /** One server on the full build and one Chromium for every browser test of the run (null: each file starts its own). */
    gaikoBrowser: { url: string; ws: string } | null;
  }
}

/** A browser test: its server (test/e2e/harness.ts startServer) serves the full build. */
const BROWSER_TEST = /\.e2e\.test\.ts$/;

/** The helper names by which a test file reads each build (test/helpers.ts). */
const READERS = { full: /\bshared(Store|Build)\(/, curated: /\bcuratedStore\(/ };

/**
 * Which builds the selected test files read. The selection is read from vitest's state API, which is
 * experimental: when it is not there, both builds are made, as is always correct. So they are in watch
 * mode, where this setup runs once and a later run may select other files.
 *
 * @example wanted(project) // { full: true, curated: false } when only test/asof/facts.test.ts is selected
 */
export function wanted(project: Pick<TestProject, "config" | "vitest">): { full: boolean; curated: boolean } {
  const both = { full: true, curated: true };
  const files = selected(project);
  if (!files) return both;
  const texts = files.map((f) => (existsSync(f) ? readFileSync(f, "utf8") : ""));
  // A browser test's server (test/e2e/harness.ts startServer) serves the full build too.
  const browser = files.some((f) => BROWSER_TEST.test(f));
  return { full: browser || texts.some((t) => READERS.full.test(t)), curated: texts.some((t) => READERS.curated.test(t)) };
}

/** The selected test files, or undefined when the setup cannot tell (watch mode, no state API, nothing listed). */
function selected(project: Pick<TestProject, "config" | "vitest">): string[] | undefined {
  if (project.config.watch) return undefined;
  try {
    const files = project.vitest.state.getPaths();
    return files.length ? files : undefined;
  } catch {
    return undefined;
  }
}

/** A test file that searches (src/kb/search.ts) the store it reads. */
const SEARCHES = /\bsearch\(/;

/**
 * Whether a selected file searches the full build: the setup then builds its search index once and the files read
 * it (test/helpers.ts sharedStore), where each had built the same index before its first query (1 to 3 s each:
 * test/data.test.ts, test/search/queries.test.ts and test/search/intents.test.ts). When the setup cannot tell, yes.
 *
 * @example wantsSearchIndex(project) // true when test/search/queries.test.ts is selected
 */
export function wantsSearchIndex(project: Pick<TestProject, "config" | "vitest">): boolean {
  const files = selected(project);
  if (!files) return true;
  return files.some((f) => {
    const text = existsSync(f) ? readFileSync(f, "utf8") : "";
    return READERS.full.test(text) && SEARCHES.test(text);
  });
}

/**
 * Starts building the search index of the database at `path` into `file`, in a process of its own
 * (test/search-index-builder.ts), so that the setup and the first test files go on meanwhile.
 */
function startSearchIndex(path: string, file: string): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "test", "search-index-builder.ts"), path, file], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  // A builder that could not start is a builder that failed: the files build their own index.
  child.on("error", (e) => writeFileSync(`${file}.failed`, e.message));
  return child;
}

/** `GAIKO_SHARED` or ../shared when it holds seeds/, as test/shared.ts decides (that module imports vitest's test API). */
function sharedForLint(): string | undefined {
  const dir = sharedDir();
  return dir && existsSync(join(dir, "seeds")) ? dir : undefined;
}

async function attempt<T>(what: string, make: () => Promise<T>): Promise<Provided<T>> {
  const t0 = performance.now();
  try {
    const built = await make();
    console.log(`global setup: built ${what} once for the test files that read it, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return { built };
  } catch (e) {
    return { failed: `the shared build of ${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` };
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), "gaiko-shared-build-"));
  const want = wanted(project);
  // The explorer is built here once, before the browser tests' workers start: several workers building
  // web/dist at the same time delete each other's files (on a fresh clone, where there is no web/dist yet).
  const files = selected(project);
  if ((!files || files.some((f) => BROWSER_TEST.test(f))) && chromiumAvailable()) ensureExplorerBuilt();
  let indexBuilder: ChildProcess | undefined;
  let searchIndex: SharedBuildInfo["searchIndex"];
  const notMade = (helper: string) => ({ notMade: `no selected test file calls ${helper} by name (test/global-setup.ts builds only what the selected files name)` });

  project.provide(
    "gaikoFullBuild",
    want.full
      ? await attempt("the full knowledge base (data/ and every dataset)", async () => {
          const path = join(dir, "full.db");
          const lintedWith = sharedForLint();
          const r = await buildAll(join(ROOT, "data"), path, IMPORTERS, { sharedDir: lintedWith });
          if (wantsSearchIndex(project)) {
            const file = join(dir, "full.search-index");
            indexBuilder = startSearchIndex(path, file);
            searchIndex = { file, pid: indexBuilder.pid ?? -1 };
          }
          return { path, lintedWith, lint: { errors: r.lint.errors }, imports: r.imports.map((i) => ({ dataset: i.dataset, taken: i.taken })), searchIndex };
        })
      : notMade("sharedStore() or sharedBuild()"),
  );
  project.provide(
    "gaikoCuratedBuild",
    want.curated
      ? await attempt("the curated knowledge base (data/ alone)", async () => {
          const path = join(dir, "curated.db");
          buildDatabase(join(ROOT, "data"), path);
          return { path };
        })
      : notMade("curatedStore()"),
  );
  // One server and one browser for all the browser tests, rather than a server and a Chromium per file.
  // Not with GAIKO_E2E_DB (the files serve that database themselves) or when the full build failed.
  const full = project.getProvidedContext().gaikoFullBuild;
  const browserTests = (!files || files.some((f) => BROWSER_TEST.test(f))) && chromiumAvailable() && !process.env["GAIKO_E2E_DB"];
  const shared = browserTests && "built" in full ? await startShared(full.built.path) : undefined;
  project.provide("gaikoBrowser", shared ? { url: shared.url, ws: shared.ws } : null);
  return async () => {
    if (indexBuilder && indexBuilder.exitCode === null && indexBuilder.signalCode === null) indexBuilder.kill();
    await shared?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

/** `gaiko serve` on the database and a Chromium the test files connect to, started side by side. */
async function startShared(db: string): Promise<{ url: string; ws: string; stop: () => Promise<void> }> {
  const [server, browser] = await Promise.all([serveDatabase(db), chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })]);
  console.log(`global setup: one server (${server.url}) and one Chromium for the browser tests`);
  return { url: server.url, ws: browser.wsEndpoint(), stop: async () => (await browser.close(), await server.stop()) };
}
