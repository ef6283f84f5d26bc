import autocannon from "autocannon";
import { answerBody, type AnswerTask } from "@/scripts/bench/load-data";

export interface LoadResult {
  name: string;
  connections: number;
  durationSeconds: number;
  rate: number | null;
  answersPerSecond: number;
  p50: number;
  p975: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Responses by HTTP status, to tell overload (5xx) from refusals (4xx). */
  statuses: Record<string, number>;
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

export async function runLoad(options: {
  name: string;
  url: string;
  queue: TaskQueue;
  cookies: string[];
  connections: number;
  durationSeconds: number;
  rate?: number;
}): Promise<LoadResult> {
  const { queue, cookies } = options;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    ...(options.rate ? { overallRate: options.rate } : {}),
    timeout: 30,
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
  });
  return {
    name: options.name,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    rate: options.rate ?? null,
    answersPerSecond: Math.round((result.requests.total - result.non2xx) / result.duration),
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, (stat as { count: number }).count]),
    ),
  };
}
