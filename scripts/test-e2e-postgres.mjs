// npm run test:e2e:postgres [-- <Playwright arguments>]: the end-to-end tests of several app instances sharing one
// PostgreSQL (e2e-postgres/, playwright.postgres.config.ts), in a database of their own on TEST_POSTGRES_URL's server
// or on a throwaway cluster (scripts/db/throwaway-postgres.mjs); the database, or the cluster, goes afterwards.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import pg from "pg";
import { testPostgresServer } from "./db/throwaway-postgres.mjs";

const server = testPostgresServer();
if (server.skip) {
  console.error(`Cannot run the end-to-end tests on PostgreSQL: ${server.skip}`);
  process.exit(1);
}

async function onServer(sql) {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// Playwright's web servers and Ctrl-C: stay alive until the runner exits, so the database and cluster are removed.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => {});
const database = `dn_e2e_${crypto.randomUUID().replace(/-/g, "")}`;
let status = 1;
try {
  await onServer(`CREATE DATABASE "${database}"`);
  const url = new URL(server.url);
  url.pathname = `/${database}`;
  console.log(`End-to-end tests on PostgreSQL (${server.origin})`);
  const result = spawnSync(
    process.execPath,
    [
      "--conditions=react-server",
      "node_modules/@playwright/test/cli.js",
      "test",
      "--config",
      "playwright.postgres.config.ts",
      ...process.argv.slice(2),
    ],
    { stdio: "inherit", env: { ...process.env, E2E_POSTGRES_URL: url.toString() } },
  );
  status = result.status ?? 1;
} finally {
  await onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch((error) =>
    console.error(`Could not drop ${database}: ${error.message}`),
  );
  server.stop();
}
process.exit(status);
