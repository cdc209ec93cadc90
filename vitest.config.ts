import { defineConfig } from "vitest/config";

// Unit and integration tests (PGlite in-process; a PostgreSQL server when DATABASE_URL is set).
export default defineConfig({
  test: {
    include: ["app/**/*.test.ts", "tests/integration/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
