import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { runLoad, TaskQueue, type LoadResult } from "@/scripts/bench/answer-load";
import { BENCH_PASSWORD, seedAnswerLoadPostgres } from "@/scripts/bench/load-data";
import type { BenchPlan } from "@/scripts/bench/plan";
import { startApp } from "@/scripts/bench/server";
import { signInAll } from "@/scripts/bench/sign-in";
import { startThrowawayPostgres } from "@/scripts/db/throwaway-postgres.mjs";
import { migrateDatabase } from "@/scripts/lib/prepare-database";

const exec = promisify(execFile);

export interface PostgresLoad {
  /** Two app instances, one server process each, on one PostgreSQL, each taking half the connections. */
  instances: LoadResult[];
  answersPerSecond: number;
  p99: number;
}

/**
 * The same answer load as the SQLite run, against two instances of the app sharing one PostgreSQL (a throwaway
 * cluster on this machine, fsync on). Returns null with the reason when PostgreSQL is not installed.
 */
export async function postgresAnswerLoad(
  plan: BenchPlan,
  ports: [number, number],
  secret: string,
  connections: number,
): Promise<PostgresLoad | { skipped: string }> {
  const server = startThrowawayPostgres();
  if ("skip" in server) return { skipped: server.skip };
  const apps: Awaited<ReturnType<typeof startApp>>[] = [];
  try {
    const env = { ...process.env, DATABASE_URL: server.url, SEED_DEMO: "false" };
    await migrateDatabase(env);
    await exec(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/seed.ts"], { env });
    const tasks = await seedAnswerLoadPostgres(server.url, plan.trainees, plan.items);
    for (const port of ports) {
      apps.push(
        await startApp(port, {
          DATABASE_URL: server.url,
          AUTH_SECRET: secret,
          NEXTAUTH_URL: `http://127.0.0.1:${port}`,
          SEED_DEMO: "false",
          WEB_CONCURRENCY: "1",
        }),
      );
    }
    const logins = Array.from({ length: plan.trainees }, (_, t) => `bench-trainee-${t}@bench.local`);
    const cookies = await signInAll(apps[0]!.url, logins, BENCH_PASSWORD);
    // Each instance answers for half of the trainees, as a proxy would spread them.
    const halves = [0, 1].map((half) => new TaskQueue(tasks.filter((t) => t.trainee % 2 === half)));
    const instances = await Promise.all(
      apps.map((app, i) =>
        runLoad({
          name: `PostgreSQL, instance ${i + 1} of 2, ${connections / 2} connections`,
          url: app.url,
          queue: halves[i]!,
          cookies,
          connections: connections / 2,
          warmupSeconds: plan.warmupSeconds,
          durationSeconds: plan.tierSeconds,
          serverPid: app.process.pid,
        }),
      ),
    );
    return {
      instances,
      answersPerSecond: instances.reduce((s, r) => s + r.steady.answersPerSecond, 0),
      p99: Math.max(...instances.map((r) => r.steady.p99)),
    };
  } finally {
    for (const app of apps) await app.stop();
    server.stop();
  }
}
