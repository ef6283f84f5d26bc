import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// One fresh database per run; set once so workers that re-read this file agree on it. The tests open it too: fixtures
// create their users through the data layer (whose modules need the react-server condition: see npm run test:e2e).
process.env.E2E_DATABASE ??= path.join(os.tmpdir(), `dn-e2e-${process.pid}-${Date.now()}.db`);
process.env.DATABASE_URL = `file:${process.env.E2E_DATABASE}`;

// Debian's Chromium where it is installed, otherwise Playwright's own browser.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? systemChromium,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "e2e",
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    timezoneId: "Europe/Berlin",
    launchOptions,
  },
  projects: [
    // The accessibility sweep runs at both sizes; the phone project runs only it and the phone layout checks.
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: /phone\.spec\.ts/ },
    {
      name: "phone",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
      testMatch: /(phone|a11y)\.spec\.ts/,
    },
  ],
  webServer: {
    command: "npm start",
    url: `http://localhost:${port}/signin`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DATABASE_URL: `file:${process.env.E2E_DATABASE}`,
      AUTH_SECRET: "e2e-only-secret-e2e-only-secret-e2e-only-secret",
      NEXTAUTH_URL: `http://localhost:${port}`,
      SEED_DEMO: "false",
    },
  },
});
