import { defineConfig } from "vitest/config";

// End-to-end tests: the built app in child processes, driven by fetch and Chromium (playwright-core).
// The global setup builds once and seeds one demo database; files run one at a time (2 cores).
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/helpers/global-setup.ts"],
    fileParallelism: false,
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 300_000,
    teardownTimeout: 30_000,
  },
});
