// test/global-setup.ts builds the shared databases only for the selected test files that read them, and
// both whenever it cannot tell which files those are.
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { describe, expect, it } from "vitest";
import { wanted, wantsSearchIndex } from "./global-setup.js";
import { ROOT } from "./helpers.js";

/** A project as the setup sees it: the watch flag and the paths vitest has selected (or a state API that throws). */
const project = (paths: string[] | "throws", watch = false) =>
  ({
    config: { watch },
    vitest: {
      state: {
        getPaths: () => {
          if (paths === "throws") throw new Error("no state API");
          return paths.map((p) => join(ROOT, p));
        },
      },
    },
  }) as unknown as Pick<TestProject, "config" | "vitest">;

const FULL = "test/asof/facts.test.ts"; // reads the full build
const CURATED = "test/checker/unseen.test.ts"; // reads the curated build
const NEITHER = "src/kb/build.test.ts";
const BROWSER = "test/e2e/last-flaws.e2e.test.ts"; // its server (harness.ts startServer) serves the full build

describe("which shared builds the global setup makes", () => {
  it.each([
    ["a file that reads the full build", [FULL], false, { full: true, curated: false }],
    ["a file that reads the curated build", [CURATED], false, { full: false, curated: true }],
    ["files that read neither", [NEITHER], false, { full: false, curated: false }],
    ["a browser test, whose server serves the full build", [BROWSER], false, { full: true, curated: false }],
    ["files that read each", [NEITHER, FULL, CURATED], false, { full: true, curated: true }],
    ["no selection known", [], false, { full: true, curated: true }],
    ["a state API that throws", "throws", false, { full: true, curated: true }],
    ["watch mode, whatever is selected first", [NEITHER], true, { full: true, curated: true }],
  ] as const)("for %s", (_, paths, watch, expected) => {
    expect(wanted(project(paths === "throws" ? "throws" : [...paths], watch))).toEqual(expected);
  });
});

describe("whether the global setup builds the full build's search index once for the files", () => {
  it.each([
    ["files that search the full build", ["test/search/queries.test.ts", "test/data.test.ts"], false, true],
    ["a file that reads the full build without searching it", [FULL], false, false],
    ["a file that searches a store of its own", ["src/kb/search.test.ts"], false, false],
    ["files that read neither", [NEITHER, CURATED], false, false],
    ["no selection known", [], false, true],
    ["a state API that throws", "throws", false, true],
    ["watch mode", [NEITHER], true, true],
  ] as const)("for %s", (_, paths, watch, expected) => {
    expect(wantsSearchIndex(project(paths === "throws" ? "throws" : [...paths], watch))).toBe(expected);
  });
});
