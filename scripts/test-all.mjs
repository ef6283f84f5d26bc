// npm test: every check in order, continuing past failures, then one line summed over all runners.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const reports = path.resolve("reports");
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });

const steps = [
  { name: "typecheck", args: ["run", "typecheck"] },
  { name: "lint", args: ["run", "lint"] },
  { name: "format", args: ["run", "format:check"] },
  { name: "content:check", args: ["run", "content:check"] },
  { name: "unit and integration", args: ["run", "test:unit"], report: "vitest.json", counts: vitestCounts },
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
  const result = spawnSync("npm", step.args, { stdio: "inherit", env: { ...process.env, FORCE_COLOR: "0" } });
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
