import fs from "node:fs";
import os from "node:os";
import type { LoadResult } from "@/scripts/bench/answer-load";
import type { DurabilityResult } from "@/scripts/bench/durability";
import { evaluate, type Goal } from "@/scripts/bench/goals";
import type { LighthouseScore } from "@/scripts/bench/lighthouse";
import type { LiveResult } from "@/scripts/bench/live-load";
import type { PostgresLoad } from "@/scripts/bench/postgres-load";
import { renderMarkdown } from "@/scripts/bench/report-markdown";

export interface Timing {
  p50: number;
  p95: number;
}

export type DashboardView = "overview" | "confusion" | "trainee" | "items";

/** The four dashboard views of one class, timed over a dataset of `answers` answers. */
export interface DashboardPoint {
  answers: number;
  classAnswers: number;
  prisma: Record<DashboardView, Timing>;
  raw: Record<DashboardView, Timing>;
}

export interface PageWeight {
  scripts: number;
  gzipBytes: number;
  rawBytes: number;
}

export type Skipped = { skipped: string };

export interface BenchResults {
  date: string;
  command: string;
  quick: boolean;
  seconds: number;
  machine: { cpus: number; memoryGiB: number; node: string; load: number[] };
  answers: { app: LoadResult[]; baseline: LoadResult[] };
  postgres: (PostgresLoad & { sqlite: LoadResult }) | Skipped;
  durability: DurabilityResult;
  live: LiveResult | Skipped;
  dashboards: DashboardPoint[];
  pageWeight: { empty: PageWeight; practice: PageWeight; liveTrainee: PageWeight | null };
  lighthouse: LighthouseScore[];
  goals?: Goal[];
}

export function machine() {
  return {
    cpus: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    load: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

export function printAnswers(answers: BenchResults["answers"]): void {
  console.log("\nAnswer submission, steady state (answers/s, latency ms)");
  console.table(
    [
      ...answers.app.map((l) => ({ server: "app", ...l })),
      ...answers.baseline.map((l) => ({ server: "baseline", ...l })),
    ].map((l) => ({
      server: l.server,
      run: l.name,
      "answers/s": l.steady.answersPerSecond,
      p50: l.steady.p50,
      p99: l.steady.p99,
      "warm-up answers/s": l.warmup.answersPerSecond,
      failures: l.warmup.non2xx + l.warmup.errors + l.steady.non2xx + l.steady.errors,
      timeouts: l.timeouts,
      "generator cores": l.generatorCores,
      "server cores": l.serverCores,
    })),
  );
}

export function printSummary(r: BenchResults): void {
  printAnswers(r.answers);
  console.log("\nGoals");
  console.table(evaluate(r).map((g) => ({ area: g.area, goal: g.goal, measured: g.measured, verdict: g.verdict })));
}

export function writeResults(r: BenchResults): void {
  const withGoals = { ...r, goals: evaluate(r) };
  fs.writeFileSync("bench-results.json", `${JSON.stringify(withGoals, null, 2)}\n`);
  fs.mkdirSync("docs", { recursive: true });
  fs.writeFileSync("docs/benchmarks.md", renderMarkdown(withGoals));
}
