import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "web/src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Builds the knowledge base from data/ once per run for the test files that read it (test/helpers.ts sharedStore).
    globalSetup: ["test/global-setup.ts"],
  },
});
