import fs from "node:fs";
import os from "node:os";
import type { LoadResult } from "@/scripts/bench/answer-load";
import type { DurabilityResult } from "@/scripts/bench/durability";

export interface Timing {
  p50: number;
  p95: number;
}

export interface BenchResults {
  date: string;
  command: string;
  quick: boolean;
  machine: { cpus: number; memoryGiB: number; node: string };
  load: { app: LoadResult[]; baseline: LoadResult[] };
  durability: DurabilityResult;
  dashboards: { answers: number; prisma: Record<string, Timing>; raw: Record<string, Timing> };
  pageWeight: { practice: { gzipBytes: number; scripts: number }; empty: { gzipBytes: number; scripts: number } };
}

const TARGETS = {
  sustainedAnswersPerSecond: 1000,
  baselineShare: 0.1,
  p50AtRate: 40,
  p99AtRate: 250,
  dashboardP95: 150,
  itemAnalysisP95: 400,
  prismaOverRaw: 1.3,
  practiceJsKb: 130,
};

const verdict = (ok: boolean) => (ok ? "met" : "missed");

export function machine() {
  return { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
}

export function renderMarkdown(r: BenchResults): string {
  const loadRows = r.load.app.map((app, i) => {
    const base = r.load.baseline[i];
    const throughputRatio = base ? (app.answersPerSecond / base.answersPerSecond).toFixed(2) : "—";
    const p99Ratio = base && base.p99 > 0 ? (app.p99 / base.p99).toFixed(1) : "—";
    // autocannon counts timeouts among its errors.
    const codes = Object.entries(app.statuses ?? {})
      .filter(([code]) => !code.startsWith("2"))
      .map(([code, n]) => `${n}× ${code}`);
    const failures =
      [...codes, app.errors > 0 ? `${app.errors} errors (${app.timeouts} timeouts at 30 s)` : ""]
        .filter(Boolean)
        .join(", ") || "0";
    return `| ${app.name} | ${app.answersPerSecond} | ${app.p50} | ${app.p975} | ${app.p99} | ${failures} | ${base?.answersPerSecond ?? "—"} | ${base?.p99 ?? "—"} | ${throughputRatio} | ${p99Ratio} |`;
  });
  const rate = r.load.app.find((l) => l.rate !== null);
  const best = Math.max(...r.load.app.filter((l) => l.rate === null).map((l) => l.answersPerSecond));
  const bestBaseline = Math.max(...r.load.baseline.filter((l) => l.rate === null).map((l) => l.answersPerSecond));
  const sustainedOk =
    rate !== undefined &&
    rate.answersPerSecond >= TARGETS.sustainedAnswersPerSecond * 0.98 &&
    rate.non2xx + rate.errors === 0;
  const dashRows = Object.keys(r.dashboards.prisma).map((name) => {
    const p = r.dashboards.prisma[name]!;
    const q = r.dashboards.raw[name]!;
    const limit = name === "items" ? TARGETS.itemAnalysisP95 : TARGETS.dashboardP95;
    return `| ${name} | ${p.p50} | ${p.p95} | ${q.p50} | ${q.p95} | ${(p.p95 / Math.max(q.p95, 0.1)).toFixed(2)} | ${verdict(p.p95 <= limit)} (≤ ${limit} ms) |`;
  });
  const practiceKb = r.pageWeight.practice.gzipBytes / 1024;
  return `# Benchmarks

Latest run: ${r.date}${r.quick ? " (quick run: shorter and smaller than the full benchmark)" : ""}.
Machine: ${r.machine.cpus} cores, ${r.machine.memoryGiB} GiB memory, Node ${r.machine.node}. Client and server share the machine.

Command: \`${r.command}\`

## Answer submission

The production server, the real answer endpoint, authenticated trainees, every request a new answer with its own
idempotency key (autocannon). The baseline is a bare \`node:http\` server that parses the same JSON and inserts the
same row through one prepared better-sqlite3 statement, on a copy of the same database with the same settings.
Latencies in milliseconds; the rate run uses \`overallRate\` (autocannon's \`-R\`), which corrects for coordinated omission.

| run | answers/s | p50 | p97.5 | p99 | errors and non-2xx | baseline answers/s | baseline p99 | throughput ratio | p99 ratio |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${loadRows.join("\n")}

- Sustained ${TARGETS.sustainedAnswersPerSecond} answers/s with zero errors: **${verdict(sustainedOk)}**${rate ? ` (${rate.answersPerSecond}/s at the fixed rate)` : ""}.
- At least 10% of the baseline's throughput: **${verdict(best >= bestBaseline * TARGETS.baselineShare)}** (${best} against ${bestBaseline}).
- At ${rate?.connections ?? "—"} connections and the fixed rate, p50 ≤ ${TARGETS.p50AtRate} ms and p99 ≤ ${TARGETS.p99AtRate} ms: **${verdict(rate !== undefined && rate.p50 <= TARGETS.p50AtRate && rate.p99 <= TARGETS.p99AtRate)}**${rate ? ` (p50 ${rate.p50} ms, p99 ${rate.p99} ms)` : ""}.

## Durability

A burst of answers, the server killed with SIGKILL in the middle of it, restarted, and every unacknowledged request
replayed with its idempotency key.

| sent | acknowledged | unacknowledged | replayed, already stored | replayed, new | replay failures | stored | lost | duplicates |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| ${r.durability.sent} | ${r.durability.acknowledged} | ${r.durability.unacknowledged} | ${r.durability.replayedStoredBeforeKill} | ${r.durability.replayedNew} | ${r.durability.replayFailures} | ${r.durability.stored} | ${r.durability.lost} | ${r.durability.duplicates} |

No answer lost or doubled: **${verdict(r.durability.ok)}**.

## Dashboards

${r.dashboards.answers.toLocaleString("en")} answers. One class of the dataset, timed through the app's Prisma data
layer and as the same aggregates in raw SQL, in milliseconds over repeated runs.

| view | Prisma p50 | Prisma p95 | raw SQL p50 | raw SQL p95 | Prisma / raw (p95) | target |
| --- | --- | --- | --- | --- | --- | --- |
${dashRows.join("\n")}

## Page weight

First-load JavaScript, gzipped: practice page ${practiceKb.toFixed(1)} kB (${r.pageWeight.practice.scripts} scripts), an empty page
${(r.pageWeight.empty.gzipBytes / 1024).toFixed(1)} kB (${r.pageWeight.empty.scripts} scripts). Practice page ≤ ${TARGETS.practiceJsKb} kB:
**${verdict(practiceKb <= TARGETS.practiceJsKb)}**.

Where the time goes, what was changed and the figures before and after: [performance.md](performance.md).
`;
}

export function printTable(r: BenchResults): void {
  console.log("\nAnswer submission (answers/s, latency ms)");
  console.table(
    [
      ...r.load.app.map((l) => ({ server: "app", ...l })),
      ...r.load.baseline.map((l) => ({ server: "baseline", ...l })),
    ].map((l) => ({
      server: l.server,
      run: l.name,
      "answers/s": l.answersPerSecond,
      p50: l.p50,
      "p97.5": l.p975,
      p99: l.p99,
      "non-2xx": l.non2xx,
      errors: l.errors,
    })),
  );
  console.log("Durability", r.durability);
  console.log(`Dashboards over ${r.dashboards.answers} answers (ms)`);
  console.table(
    Object.keys(r.dashboards.prisma).map((name) => ({
      view: name,
      "prisma p50": r.dashboards.prisma[name]!.p50,
      "prisma p95": r.dashboards.prisma[name]!.p95,
      "raw p50": r.dashboards.raw[name]!.p50,
      "raw p95": r.dashboards.raw[name]!.p95,
    })),
  );
  console.log(
    `First-load JS (gzip): practice ${(r.pageWeight.practice.gzipBytes / 1024).toFixed(1)} kB, empty page ${(r.pageWeight.empty.gzipBytes / 1024).toFixed(1)} kB`,
  );
}

export function writeResults(r: BenchResults): void {
  fs.writeFileSync("bench-results.json", `${JSON.stringify(r, null, 2)}\n`);
  fs.mkdirSync("docs", { recursive: true });
  fs.writeFileSync("docs/benchmarks.md", renderMarkdown(r));
}
