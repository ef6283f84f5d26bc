import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      // Data modules guard against client bundles; tests run them on the server side on purpose.
      { find: /^server-only$/, replacement: `${root}tests/support/server-only.ts` },
    ],
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/per-file-database.ts", "tests/support/quiet-security-log.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // TEST_DATABASE=postgres runs the same suite on PostgreSQL (tests/support/test-database.ts), reported apart.
    reporters: [
      "default",
      [
        "json",
        { outputFile: `reports/${process.env.TEST_DATABASE === "postgres" ? "vitest-postgres" : "vitest"}.json` },
      ],
    ],
    env: { TZ: "Europe/Berlin", SEED_DEMO: "true" },
  },
});
