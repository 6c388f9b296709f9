// ../shared (the seed documents and the original datasets) as the tests see it. A fresh clone has no
// ../shared: the tests that need it skip with a message saying so; under CI=true its absence fails the
// run instead, because CI must score the checker on the seeds.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { sharedDir } from "../src/kb/paths.js";

/**
 * `GAIKO_SHARED` or `../shared`, when it holds `seeds/`; undefined otherwise. An empty or partial folder
 * counts as absent, as in a fresh clone, so that `GAIKO_SHARED=$(mktemp -d)` simulates one.
 */
export const SHARED: string | undefined = (() => {
  const dir = sharedDir();
  return dir && existsSync(join(dir, "seeds")) ? dir : undefined;
})();

/** Whether a missing ../shared fails the run (CI=true) rather than skipping what needs it. */
export const SHARED_REQUIRED = process.env.CI === "true";

/**
 * A value for `GAIKO_SHARED` in a child process's environment: the folder the tests use, or a path that
 * does not exist when they run without one (so a child `gaiko build` skips the seed checks as in a fresh
 * clone, instead of reporting every seed missing from an empty folder).
 */
export function sharedEnv(): string {
  return SHARED ?? join(process.cwd(), "no-shared-folder-for-these-tests");
}

/**
 * A describe block that needs ../shared. Without it, its body is never called (nothing runs at
 * collection time): one skipped test names what was skipped and how to run it, or, under CI=true, one
 * failing test says that ../shared is required.
 *
 * @example describeWithShared("the checker on the labelled seed claims", (shared) => { it(...) });
 */
export function describeWithShared(name: string, body: (shared: string) => void | Promise<void>): void {
  if (SHARED) {
    const dir = SHARED;
    describe(name, () => body(dir));
    return;
  }
  const why = "../shared/seeds not found (set GAIKO_SHARED to the folder holding seeds/ and data/)";
  if (SHARED_REQUIRED) {
    describe(name, () => {
      it("has ../shared, which is required under CI=true", () => {
        throw new Error(`${name}: ${why}`);
      });
    });
    return;
  }
  console.warn(`skipped "${name}": ${why}`);
  describe(name, () => {
    it.skip(`needs ${why}`, () => {});
  });
}
