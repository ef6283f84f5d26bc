// npm run test:postgres [-- <vitest arguments>]: the Vitest suite on PostgreSQL, against TEST_POSTGRES_URL's server
// or a throwaway cluster made from the installed PostgreSQL (removed afterwards).
import { spawnSync } from "node:child_process";
import { testPostgresServer } from "./db/throwaway-postgres.mjs";

const server = testPostgresServer();
if (server.skip) {
  console.error(`Cannot run the PostgreSQL tests: ${server.skip}`);
  process.exit(1);
}
// Ctrl-C reaches Vitest too; staying alive until it exits lets the cluster be removed.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => {});
let status = 1;
try {
  console.log(`PostgreSQL tests on ${server.origin}`);
  const result = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, TEST_DATABASE: "postgres", TEST_POSTGRES_URL: server.url },
  });
  status = result.status ?? 1;
} finally {
  server.stop();
}
process.exit(status);
