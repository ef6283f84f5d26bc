import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

// Lighthouse's mobile audit (its default: a mid-range phone, simulated slow 4G and CPU) of pages of the running
// production build, signed in where a page needs it, in the system's Chromium.

export interface AuditedPage {
  name: string;
  path: string;
  /** The session cookie of the account that sees the page; none for public pages. */
  cookie?: string;
}

export interface LighthouseScore {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  /** Audits in accessibility and best practices that did not pass, to say what a score below 100 is about. */
  failing: string[];
}

const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function chromiumPath(): string | undefined {
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
}

export async function auditPages(baseUrl: string, pages: readonly AuditedPage[]): Promise<LighthouseScore[]> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS });
  const scores: LighthouseScore[] = [];
  try {
    for (const page of pages) {
      const run = await lighthouse(`${baseUrl}${page.path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.message}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing = ["accessibility", "best-practices"].flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id),
      );
      scores.push({
        name: page.name,
        path: page.path,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        totalBlockingTimeMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
        largestContentfulPaintMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
        failing,
      });
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
