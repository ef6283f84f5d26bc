// npm test: every check in order, continuing past failures, then one line summed over all runners.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { testPostgresServer } from "./db/throwaway-postgres.mjs";

const reports = path.resolve("reports");
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });

const steps = [
  { name: "typecheck", args: ["run", "typecheck"] },
  { name: "lint", args: ["run", "lint"] },
  { name: "format", args: ["run", "format:check"] },
  { name: "content:check", args: ["run", "content:check"] },
  { name: "unit and integration", args: ["run", "test:unit"], report: "vitest.json", counts: vitestCounts },
  // The same suite on PostgreSQL (TEST_POSTGRES_URL, or a throwaway cluster when PostgreSQL is installed).
  {
    name: "unit and integration (PostgreSQL)",
    args: ["run", "test:unit"],
    report: "vitest-postgres.json",
    counts: vitestCounts,
    postgres: true,
  },
  { name: "end-to-end", args: ["run", "test:e2e"], report: "playwright.json", counts: playwrightCounts },
];

function vitestCounts(json) {
  return {
    passed: json.numPassedTests ?? 0,
    failed: (json.numFailedTests ?? 0) + (json.numRuntimeErrorTestSuites ?? 0),
  };
}

function playwrightCounts(json) {
  const stats = json.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (json.errors?.length ?? 0),
  };
}

let passed = 0;
let failed = 0;
const lines = [];
for (const step of steps) {
  const started = Date.now();
  let env = { ...process.env, FORCE_COLOR: "0" };
  let server;
  if (step.postgres) {
    server = testPostgresServer();
    if (server.skip) {
      // A developer machine without PostgreSQL skips this run; CI installs PostgreSQL (.ci/run), so there it fails.
      const line = `${process.env.CI ? "FAIL" : "skip"} ${step.name}: ${server.skip}`;
      console.log(`\n${line}`);
      lines.push(line);
      if (process.env.CI) failed += 1;
      continue;
    }
    console.log(`\nPostgreSQL tests on ${server.origin}`);
    env = { ...env, TEST_DATABASE: "postgres", TEST_POSTGRES_URL: server.url };
  }
  // Ctrl-C reaches the test runner too: outlive it long enough to remove the throwaway cluster, then stop.
  let interrupted = false;
  const onSignal = () => (interrupted = true);
  if (server) for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, onSignal);
  let result;
  try {
    result = spawnSync("npm", step.args, { stdio: "inherit", env });
  } finally {
    server?.stop();
  }
  if (interrupted) process.exit(130);
  for (const signal of ["SIGINT", "SIGTERM"]) process.off(signal, onSignal);
  const ok = result.status === 0;
  let counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  if (step.report) {
    const file = path.join(reports, step.report);
    counts = fs.existsSync(file) ? step.counts(JSON.parse(fs.readFileSync(file, "utf8"))) : { passed: 0, failed: 1 };
    // A runner that crashed before reporting a failure still fails the run.
    if (!ok && counts.failed === 0) counts.failed = 1;
  }
  passed += counts.passed;
  failed += counts.failed;
  lines.push(
    `${ok ? "ok  " : "FAIL"} ${step.name}: ${counts.passed} passed, ${counts.failed} failed (${Math.round((Date.now() - started) / 1000)} s)`,
  );
}

console.log(`\n${lines.join("\n")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
