import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import LongestFirst from "./test/sequencer.js";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "web/src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Builds the knowledge base from data/ once per run for the test files that read it (test/helpers.ts sharedStore).
    globalSetup: ["test/global-setup.ts"],
    // Test files share their worker's module cache instead of a fresh process each: on 2 CPUs a fresh process
    // and its imports cost more than most files' tests (src/ and web/src/: 188 s isolated, 106 s shared, same
    // run). A file that changes process state (environment, timers) gives it back in afterAll/afterEach.
    isolate: false,
    // Two workers even on 2 CPUs (vitest's default there is one): a browser test mostly waits on Chromium and the
    // server, and a unit file fills that wait (the whole run: 657 s with one worker, 543 s with two, both passing).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The slow (browser) files first, longest first, whether or not vitest has their durations cached (test/sequencer.ts).
    sequence: { sequencer: LongestFirst },
  },
});
