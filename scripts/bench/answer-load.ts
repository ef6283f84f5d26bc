import autocannon from "autocannon";
import { answerBody, type AnswerTask } from "@/scripts/bench/load-data";
import { treeCpuSeconds } from "@/scripts/bench/process-cpu";

/** What one part of a load run measured: the warm-up (connections opening, code warming) or the steady state. */
export interface PhaseResult {
  seconds: number;
  /** Answers acknowledged (2xx) per second. */
  answersPerSecond: number;
  completed: number;
  p50: number;
  p975: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Responses by HTTP status, to tell overload (5xx) from refusals (4xx). */
  statuses: Record<string, number>;
}

export interface LoadResult {
  name: string;
  connections: number;
  rate: number | null;
  warmupSeconds: number;
  durationSeconds: number;
  warmup: PhaseResult;
  steady: PhaseResult;
  /** Requests still unanswered at autocannon's timeout, over the whole run. */
  timeouts: number;
  /** CPU of the load generator itself, which shares the machine, in cores (1 = one core busy). */
  generatorCores: number;
  /** CPU of the server's processes during the run, in cores; null when it cannot be read. */
  serverCores: number | null;
}

/** A queue of fresh items: every request answers a different item with its own idempotency key. */
export class TaskQueue {
  private next = 0;
  constructor(private readonly tasks: AnswerTask[]) {}
  take(): AnswerTask {
    const task = this.tasks[this.next % this.tasks.length]!;
    this.next++;
    return task;
  }
  get used(): number {
    return this.next;
  }
  get remaining(): number {
    return this.tasks.length - this.next;
  }
}

export class NoRequestsCompleted extends Error {}

interface Sample {
  at: number;
  status: number;
  latency: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function phase(samples: readonly Sample[], errors: number, seconds: number): PhaseResult {
  const ok = samples.filter((s) => s.status >= 200 && s.status < 300);
  const latencies = samples.map((s) => s.latency).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const s of samples) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  return {
    seconds,
    answersPerSecond: seconds > 0 ? Math.round(ok.length / seconds) : 0,
    completed: samples.length,
    p50: percentile(latencies, 50),
    p975: percentile(latencies, 97.5),
    p99: percentile(latencies, 99),
    non2xx: samples.length - ok.length,
    errors,
    statuses,
  };
}

/**
 * Drives the answer endpoint with autocannon and reports the warm-up (the first `warmupSeconds`, while thousands of
 * connections open and code warms up) apart from the steady state that follows. A run in which no answer completes in
 * the steady state throws, so a benchmark can never report a row of zeros as a measurement.
 */
export async function runLoad(options: {
  name: string;
  url: string;
  queue: TaskQueue;
  cookies: string[];
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  rate?: number;
  serverPid?: number;
  timeoutSeconds?: number;
}): Promise<LoadResult> {
  const { queue, cookies, warmupSeconds, durationSeconds } = options;
  const samples: Sample[] = [];
  const errorTimes: number[] = [];
  const cpuBefore = process.cpuUsage();
  const serverBefore = options.serverPid ? treeCpuSeconds(options.serverPid) : null;
  const started = performance.now();

  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: warmupSeconds + durationSeconds,
        ...(options.rate ? { overallRate: options.rate } : {}),
        timeout: options.timeoutSeconds ?? 10,
        requests: [
          {
            method: "POST",
            setupRequest: (request) => {
              const task = queue.take();
              return {
                ...request,
                path: `/api/attempts/${task.attemptId}/answers`,
                headers: { "content-type": "application/json", cookie: cookies[task.trainee % cookies.length] ?? "" },
                body: answerBody(task),
              };
            },
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      samples.push({ at: performance.now() - started, status: statusCode, latency: responseTime });
    });
    instance.on("reqError", () => errorTimes.push(performance.now() - started));
  });

  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const serverAfter = options.serverPid ? treeCpuSeconds(options.serverPid) : null;
  const boundary = warmupSeconds * 1000;
  const steadySeconds = Math.max(0.001, wall - warmupSeconds);
  const load: LoadResult = {
    name: options.name,
    connections: options.connections,
    rate: options.rate ?? null,
    warmupSeconds,
    durationSeconds,
    warmup: phase(
      samples.filter((s) => s.at < boundary),
      errorTimes.filter((t) => t < boundary).length,
      warmupSeconds,
    ),
    steady: phase(
      samples.filter((s) => s.at >= boundary),
      errorTimes.filter((t) => t >= boundary).length,
      steadySeconds,
    ),
    timeouts: result.timeouts,
    generatorCores: Math.round(((cpu.user + cpu.system) / 1e6 / wall) * 100) / 100,
    serverCores:
      serverBefore !== null && serverAfter !== null
        ? Math.round(((serverAfter - serverBefore) / wall) * 100) / 100
        : null,
  };
  if (load.steady.answersPerSecond === 0) {
    throw new NoRequestsCompleted(
      `${options.name} against ${options.url}: no answer was acknowledged in the steady state ` +
        `(${load.steady.completed} responses, statuses ${JSON.stringify(load.steady.statuses)}, ` +
        `${load.steady.errors} errors, ${load.timeouts} timeouts; warm-up: ${load.warmup.completed} responses).`,
    );
  }
  return load;
}
