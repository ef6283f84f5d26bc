import type { LoadResult } from "@/scripts/bench/answer-load";
import type { BenchResults, DashboardView } from "@/scripts/bench/report";

// Every goal of the benchmark as a ratio to a baseline measured in the same run, or as a bound the issue sets, with
// the figure that decides it. A part of the run that did not happen is "not run", never "met".

export type Verdict = "met" | "missed" | "not run";

export interface Goal {
  area: string;
  goal: string;
  measured: string;
  verdict: Verdict;
}

export const GOALS = {
  peakShare: 0.25,
  peakShareStretch: 0.5,
  fixedRateP99Ratio: 2,
  liveFanoutP99Ms: 500,
  presenterAfterLastAckMs: 1000,
  liveBytesPerConnection: 64 * 1024,
  liveIdleCores: 0.05,
  dashboardP95Ms: 150,
  itemAnalysisP95Ms: 400,
  pageOverEmptyBytes: 15 * 1024,
  lighthouse: { performance: 95, accessibility: 100, bestPractices: 100 },
} as const;

const verdict = (ok: boolean): Verdict => (ok ? "met" : "missed");
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function peak(runs: readonly LoadResult[]): number {
  return Math.max(0, ...runs.filter((l) => l.rate === null).map((l) => l.steady.answersPerSecond));
}

function failures(l: LoadResult): number {
  return l.warmup.non2xx + l.warmup.errors + l.steady.non2xx + l.steady.errors + l.timeouts;
}

function answerGoals(r: BenchResults): Goal[] {
  const app = peak(r.answers.app);
  const base = peak(r.answers.baseline);
  const share = base > 0 ? app / base : 0;
  const fixed = r.answers.app.find((l) => l.rate !== null);
  const fixedBase = r.answers.baseline.find((l) => l.rate !== null);
  const goals: Goal[] = [
    {
      area: "Answers",
      goal: `peak ≥ ${GOALS.peakShare * 100}% of the baseline's peak`,
      measured: `${app}/s against ${base}/s (${(share * 100).toFixed(0)}%)`,
      verdict: verdict(share >= GOALS.peakShare),
    },
    {
      area: "Answers",
      goal: `stretch: peak ≥ ${GOALS.peakShareStretch * 100}% of the baseline's peak`,
      measured: `${(share * 100).toFixed(0)}%`,
      verdict: verdict(share >= GOALS.peakShareStretch),
    },
  ];
  if (!fixed || !fixedBase) return goals;
  const ratio = fixedBase.steady.p99 > 0 ? fixed.steady.p99 / fixedBase.steady.p99 : Infinity;
  goals.push(
    {
      area: "Answers",
      goal: `${fixed.rate}/s at ${fixed.connections} connections: zero errors, non-2xx and timeouts`,
      measured: `${failures(fixed)} (${fixed.steady.answersPerSecond}/s steady)`,
      verdict: verdict(failures(fixed) === 0),
    },
    {
      area: "Answers",
      goal: `${fixed.rate}/s at ${fixed.connections} connections: p99 ≤ ${GOALS.fixedRateP99Ratio}× the baseline's`,
      measured: `${fixed.steady.p99} ms against ${fixedBase.steady.p99} ms (${ratio.toFixed(2)}×)`,
      verdict: verdict(ratio <= GOALS.fixedRateP99Ratio),
    },
  );
  return goals;
}

function liveGoals(r: BenchResults): Goal[] {
  const notRun = (goal: string): Goal => ({
    area: "Live session",
    goal,
    measured: "skipped" in r.live ? r.live.skipped : "",
    verdict: "not run",
  });
  const names = [
    `event fan-out p99 ≤ ${GOALS.liveFanoutP99Ms} ms`,
    "every answer stored exactly once and acknowledged",
    `presenter's count complete within ${GOALS.presenterAfterLastAckMs} ms of the last acknowledgement`,
    `memory ≤ ${GOALS.liveBytesPerConnection / 1024} kB per open connection`,
    `idle CPU < ${GOALS.liveIdleCores * 100}% of one core`,
  ];
  if ("skipped" in r.live) return names.map(notRun);
  const l = r.live;
  const [fanout, once, presenter, memory, idle] = names as [string, string, string, string, string];
  return [
    {
      area: "Live session",
      goal: fanout,
      measured: `${l.clients} clients: p50 ${l.fanout.p50} ms, p99 ${l.fanout.p99} ms, ${l.fanout.received} received`,
      verdict: verdict(l.fanout.received === l.clients && l.fanout.p99 <= GOALS.liveFanoutP99Ms),
    },
    {
      area: "Live session",
      goal: once,
      measured: `${l.answers.acknowledged} of ${l.clients} acknowledged, ${l.answers.stored} stored, ${l.answers.duplicates} duplicates`,
      verdict: verdict(
        l.answers.acknowledged === l.clients && l.answers.stored === l.clients && l.answers.duplicates === 0,
      ),
    },
    {
      area: "Live session",
      goal: presenter,
      measured:
        l.presenter.afterLastAckMs === null
          ? `never reached ${l.clients} (last count ${l.presenter.lastCount})`
          : `${l.presenter.afterLastAckMs} ms`,
      verdict: verdict(
        l.presenter.afterLastAckMs !== null && l.presenter.afterLastAckMs <= GOALS.presenterAfterLastAckMs,
      ),
    },
    {
      area: "Live session",
      goal: memory,
      // Resident memory can fall while clients connect (the heap shrinking after earlier work): that measures nothing,
      // so it is a miss, never a pass at 0 kB.
      measured:
        l.memory.connectedBytes > l.memory.beforeBytes
          ? `${kB(l.memory.perConnectionBytes)} (${kB(l.memory.connectedBytes - l.memory.beforeBytes)} for ${l.clients})`
          : `not measured: resident memory fell by ${kB(l.memory.beforeBytes - l.memory.connectedBytes)} while ${l.clients} connected`,
      verdict: verdict(
        l.memory.connectedBytes > l.memory.beforeBytes && l.memory.perConnectionBytes <= GOALS.liveBytesPerConnection,
      ),
    },
    {
      area: "Live session",
      goal: idle,
      measured: `${(l.idle.serverCores * 100).toFixed(1)}% over ${l.idle.seconds} s`,
      verdict: verdict(l.idle.serverCores < GOALS.liveIdleCores),
    },
  ];
}

function dashboardGoals(r: BenchResults): Goal[] {
  return r.dashboards.flatMap((point) =>
    (Object.keys(point.prisma) as DashboardView[]).map((view) => {
      const limit = view === "items" ? GOALS.itemAnalysisP95Ms : GOALS.dashboardP95Ms;
      const p95 = point.prisma[view].p95;
      return {
        area: "Dashboards",
        goal: `${view} at ${point.answers.toLocaleString("en")} answers: p95 ≤ ${limit} ms`,
        measured: `${p95} ms`,
        verdict: verdict(p95 <= limit),
      };
    }),
  );
}

function pageGoals(r: BenchResults): Goal[] {
  const { empty, practice, liveTrainee } = r.pageWeight;
  const over = (name: string, page: { gzipBytes: number } | null): Goal => ({
    area: "Page weight",
    goal: `${name} within ${GOALS.pageOverEmptyBytes / 1024} kB gzipped of an empty page`,
    measured: page
      ? `${kB(page.gzipBytes)} against ${kB(empty.gzipBytes)} (+${kB(page.gzipBytes - empty.gzipBytes)})`
      : "",
    verdict: page ? verdict(page.gzipBytes - empty.gzipBytes <= GOALS.pageOverEmptyBytes) : "not run",
  });
  const { performance, accessibility, bestPractices } = GOALS.lighthouse;
  return [
    over("practice page", practice),
    over("live trainee page", liveTrainee),
    ...r.lighthouse.map((page) => ({
      area: "Lighthouse (mobile)",
      goal: `${page.name}: ≥ ${performance} / ${accessibility} / ${bestPractices}`,
      measured: `${page.performance} / ${page.accessibility} / ${page.bestPractices}${page.failing.length ? ` (${page.failing.join(", ")})` : ""}`,
      verdict: verdict(
        page.performance >= performance && page.accessibility >= accessibility && page.bestPractices >= bestPractices,
      ),
    })),
  ];
}

function otherGoals(r: BenchResults): Goal[] {
  const d = r.durability;
  return [
    {
      area: "Durability",
      goal: "SIGKILL mid-burst, restart, replay: no answer lost or doubled",
      measured: `${d.stored} stored of ${d.sent} sent, ${d.lost} lost, ${d.duplicates} duplicates`,
      verdict: verdict(d.ok),
    },
  ];
}

export function evaluate(r: BenchResults): Goal[] {
  return [...answerGoals(r), ...liveGoals(r), ...dashboardGoals(r), ...pageGoals(r), ...otherGoals(r)];
}
