import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Two instances of the app, each `npm start` on its own port (and each with its node:cluster workers), on one
// PostgreSQL database: what a deployment behind a load balancer looks like (docs/deployment.md). Run through
// `npm run test:e2e:postgres`, which makes the database (scripts/test-e2e-postgres.mjs).
const url = process.env.E2E_POSTGRES_URL;
if (!url) {
  throw new Error(
    "E2E_POSTGRES_URL is not set: run `npm run test:e2e:postgres`, which makes a database on a throwaway PostgreSQL",
  );
}
// The tests create their users through the data layer, on the same database as the servers.
process.env.DATABASE_URL = url;

const first = Number(process.env.E2E_PORT ?? 3100);
export const INSTANCES = [first, first + 1].map((port) => `http://localhost:${port}`);

const instance = (origin: string) => ({
  command: "npm start",
  url: `${origin}/signin`,
  timeout: 600_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
  stderr: "pipe" as const,
  env: {
    PORT: new URL(origin).port,
    DATABASE_URL: url,
    // One secret for every instance, as in production: a sign-in made on one is valid on the other.
    AUTH_SECRET: "e2e-only-secret-e2e-only-secret-e2e-only-secret",
    NEXTAUTH_URL: origin,
    SEED_DEMO: "false",
    WEB_CONCURRENCY: "2",
  },
});

export default defineConfig({
  ...base,
  testDir: "e2e-postgres",
  reporter: [["list"], ["json", { outputFile: "reports/playwright-postgres.json" }]],
  use: { ...base.use, baseURL: INSTANCES[0] },
  projects: [{ name: "two instances", use: base.projects?.[0]?.use }],
  // Started one after the other, the first building the app when its build is stale, so they never build at once.
  webServer: INSTANCES.map(instance),
});
