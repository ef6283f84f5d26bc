// npm run bench [-- --quick]: build; load the real answer endpoint and a bare baseline on the same machine in the
// same run; the same load on two instances sharing PostgreSQL; kill and replay; live sessions with many clients;
// dashboards over growing data; page weight and Lighthouse. Writes bench-results.json and docs/benchmarks.md with
// every figure, its goal and a met / missed verdict. `-- --answers` runs the answer submission part alone (about four
// minutes), prints it and writes nothing: the loop for working on the answer path.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { runLoad, TaskQueue, type LoadResult } from "@/scripts/bench/answer-load";
import { shapeFor, seedDashboardData } from "@/scripts/bench/dashboard-data";
import { killAndReplay } from "@/scripts/bench/durability";
import { auditPages, type AuditedPage } from "@/scripts/bench/lighthouse";
import { liveSessionLoad } from "@/scripts/bench/live-load";
import { BENCH_PASSWORD, seedAnswerLoad } from "@/scripts/bench/load-data";
import { firstLoadJs } from "@/scripts/bench/page-weight";
import { FULL_PLAN, QUICK_PLAN, type BenchPlan } from "@/scripts/bench/plan";
import { postgresAnswerLoad } from "@/scripts/bench/postgres-load";
import {
  machine,
  printAnswers,
  printSummary,
  writeResults,
  type BenchResults,
  type DashboardPoint,
} from "@/scripts/bench/report";
import { killAllServers, startApp, startBaseline } from "@/scripts/bench/server";
import { signIn, signInAll } from "@/scripts/bench/sign-in";
import { buildIsCurrent, writeBuildStamp } from "@/scripts/lib/build-stamp";
import { migrateDatabase } from "@/scripts/lib/prepare-database";
import { bin, run } from "@/scripts/lib/run";

const exec = promisify(execFile);
const quick = process.argv.includes("--quick");
const answersOnly = process.argv.includes("--answers");
const plan: BenchPlan = quick ? QUICK_PLAN : FULL_PLAN;
const APP_PORT = 3210;
const BASELINE_PORT = 3211;
const PG_PORTS: [number, number] = [3213, 3214];
// The server runs one process per core (scripts/serve.ts); the live load reports how its clients spread over them.
const SERVER_PROCESSES = os.availableParallelism();
const SECRET = "bench-secret-bench-secret-bench-secret-0123";
const dir = path.resolve("data", "bench");
const started = Date.now();

const step = (text: string) => console.log(`\n▸ ${text} (${Math.round((Date.now() - started) / 1000)} s)`);

async function freshDatabase(name: string): Promise<{ file: string; url: string }> {
  const file = path.join(dir, name);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const url = `file:${file}`;
  await migrateDatabase({ ...process.env, DATABASE_URL: url });
  return { file, url };
}

function copyDatabase(from: string, to: string) {
  for (const suffix of ["", "-wal", "-shm"]) {
    fs.rmSync(to + suffix, { force: true });
    if (fs.existsSync(from + suffix)) fs.copyFileSync(from + suffix, to + suffix);
  }
}

const tsx = (script: string, args: string[], env: Record<string, string>) =>
  exec(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], {
    env: { ...process.env, ...env },
    maxBuffer: 16 * 1024 * 1024,
  });

/** The tiers of connections, then the fixed rate, against one server. */
async function answerRuns(label: string, url: string, pid: number | undefined, queue: TaskQueue, cookies: string[]) {
  const results: LoadResult[] = [];
  for (const connections of plan.tiers) {
    step(`${label}: ${connections} connections, ${plan.warmupSeconds} s warm-up + ${plan.tierSeconds} s`);
    results.push(
      await runLoad({
        name: `${connections} connections`,
        url,
        queue,
        cookies,
        connections,
        warmupSeconds: plan.warmupSeconds,
        durationSeconds: plan.tierSeconds,
        serverPid: pid,
      }),
    );
  }
  step(`${label}: ${plan.rate} answers/s at ${plan.rateConnections} connections`);
  results.push(
    await runLoad({
      name: `${plan.rate}/s fixed rate, ${plan.rateConnections} connections`,
      url,
      queue,
      cookies,
      connections: plan.rateConnections,
      warmupSeconds: plan.rateWarmupSeconds,
      durationSeconds: plan.rateSeconds,
      rate: plan.rate,
      serverPid: pid,
    }),
  );
  return results;
}

async function baselineRuns(file: string, tasks: ConstructorParameters<typeof TaskQueue>[0], cookies: string[]) {
  const baseline = await startBaseline(BASELINE_PORT, file);
  const load = await answerRuns("Baseline", baseline.url, baseline.process.pid, new TaskQueue(tasks), cookies);
  await baseline.stop();
  return load;
}

async function dashboardCurve(): Promise<DashboardPoint[]> {
  const points: DashboardPoint[] = [];
  for (const size of plan.dashboardSizes) {
    step(`Dashboards: seeding ${size.toLocaleString("en")} answers`);
    const db = await freshDatabase("dashboards.db");
    const seeded = seedDashboardData(db.file, shapeFor(size));
    step(`Dashboards: ${plan.dashboardRuns} runs of each view over ${seeded.answers.toLocaleString("en")} answers`);
    const { stdout } = await tsx(
      "scripts/bench/dashboard-timing.ts",
      [seeded.classId, seeded.userId, String(plan.dashboardRuns)],
      { DATABASE_URL: db.url },
    );
    points.push({ answers: seeded.answers, classAnswers: seeded.classAnswers, ...JSON.parse(stdout) });
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(db.file + suffix, { force: true });
  }
  return points;
}

async function main() {
  fs.mkdirSync(dir, { recursive: true });
  step("Production build");
  if (!buildIsCurrent()) {
    await run(bin("next"), ["build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    writeBuildStamp();
  }

  step(`Seeding ${plan.trainees} trainees with ${plan.items} open items each`);
  const load = await freshDatabase("load.db");
  await tsx("scripts/seed.ts", [], { DATABASE_URL: load.url, SEED_DEMO: "false" });
  const tasks = await seedAnswerLoad(load.file, plan.trainees, plan.items);
  const durabilityTasks = tasks.splice(tasks.length - plan.durability);
  const { stdout: pageData } = await tsx("scripts/bench/page-data.ts", [], { DATABASE_URL: load.url });
  const world = JSON.parse(pageData) as Record<string, string>;
  const baselineFile = path.join(dir, "baseline.db");
  copyDatabase(load.file, baselineFile);

  const appEnv = {
    DATABASE_URL: load.url,
    AUTH_SECRET: SECRET,
    NEXTAUTH_URL: `http://127.0.0.1:${APP_PORT}`,
    SEED_DEMO: "false",
  };
  let app = await startApp(APP_PORT, appEnv);
  step(`Signing in ${plan.trainees} trainees`);
  const logins = Array.from({ length: plan.trainees }, (_, t) => `bench-trainee-${t}@bench.local`);
  const cookies = await signInAll(app.url, logins, BENCH_PASSWORD);
  const appLoad = await answerRuns("App", app.url, app.process.pid, new TaskQueue(tasks), cookies);
  await app.stop();
  if (answersOnly) return printAnswers({ app: appLoad, baseline: await baselineRuns(baselineFile, tasks, cookies) });
  // A fresh server for the rest, so the live session's memory per connection is not hidden by the heap the answer load
  // left behind shrinking meanwhile.
  app = await startApp(APP_PORT, appEnv);

  step("Page weight");
  const [trainee, educator, admin] = await Promise.all(
    [world.trainee!, world.educator!, world.admin!].map((login) => signIn(app.url, login, BENCH_PASSWORD)),
  );
  const empty = await firstLoadJs(app.url, "/page-that-does-not-exist");
  const practice = await firstLoadJs(app.url, `/practice/${world.practiceAttemptId}`, trainee);

  step(`Live session: ${plan.liveClients} trainees`);
  const live = await liveSessionLoad({
    baseUrl: app.url,
    serverPid: app.process.pid!,
    processes: SERVER_PROCESSES,
    databaseUrl: load.url,
    databaseFile: load.file,
    secret: SECRET,
    clients: plan.liveClients,
    idleSeconds: plan.liveIdleSeconds,
    answerSpreadSeconds: 4,
  });
  const liveTrainee = await firstLoadJs(app.url, live.traineePage.path, live.traineePage.cookie);

  const classPath = `/classes/${world.classId}`;
  const pages: AuditedPage[] = [
    { name: "Start page", path: "/" },
    { name: "Narratives", path: "/narratives" },
    { name: "Sources", path: "/sources" },
    { name: "Sign in", path: "/signin" },
    { name: "Join a class", path: "/join" },
    { name: "Facilitator's guide", path: "/guide" },
    { name: "Practice (trainee)", path: "/practice", cookie: trainee },
    { name: "A practice question (trainee)", path: `/practice/${world.practiceAttemptId}`, cookie: trainee },
    { name: "Progress (trainee)", path: "/progress", cookie: trainee },
    { name: "Account (trainee)", path: "/account", cookie: trainee },
    { name: "Classes (educator)", path: "/classes", cookie: educator },
    { name: "Class page (educator)", path: classPath, cookie: educator },
    { name: "New exercise (educator)", path: `${classPath}/exercises/new`, cookie: educator },
    { name: "Class dashboard (educator)", path: `${classPath}/dashboard`, cookie: educator },
    { name: "Trainee page (educator)", path: `${classPath}/trainees/${world.traineeId}`, cookie: educator },
    { name: "Class report (educator)", path: `${classPath}/report`, cookie: educator },
    { name: "Administration (admin)", path: "/admin", cookie: admin },
    ...live.pages,
  ];
  const audited = plan.lighthouse === "all" ? pages : pages.filter((p) => /A practice question|dashboard/.test(p.name));
  step(`Lighthouse (mobile): ${audited.length} pages`);
  const lighthouse = await auditPages(app.url, audited);
  await app.stop();

  const baselineLoad = await baselineRuns(baselineFile, tasks, cookies);

  let postgres: BenchResults["postgres"] = { skipped: "full run only (npm run bench)" };
  if (plan.postgres) {
    step("PostgreSQL: two instances on one throwaway cluster");
    const connections = plan.tiers[1]!;
    const instances = await postgresAnswerLoad(plan, PG_PORTS, SECRET, connections);
    if ("skipped" in instances) postgres = instances;
    else {
      step(`SQLite, one instance, the same ${connections} connections`);
      const again = await startApp(APP_PORT, appEnv);
      const sqlite = await runLoad({
        name: `SQLite, one instance, ${connections} connections`,
        url: again.url,
        queue: new TaskQueue(tasks.slice(-Math.floor(tasks.length / 4))),
        cookies,
        connections,
        warmupSeconds: plan.warmupSeconds,
        durationSeconds: plan.tierSeconds,
        serverPid: again.process.pid,
      });
      await again.stop();
      postgres = { ...instances, sqlite };
    }
  }

  step("Durability: SIGKILL during a burst, restart, replay");
  const durability = await killAndReplay({
    tasks: durabilityTasks,
    cookies,
    databaseFile: load.file,
    start: () => startApp(APP_PORT, appEnv),
    killAfterMs: quick ? 1500 : 3000,
    concurrency: 64,
  });

  const dashboards = await dashboardCurve();

  const results: BenchResults = {
    date: new Date().toISOString(),
    command: quick ? "npm run bench -- --quick" : "npm run bench",
    quick,
    seconds: Math.round((Date.now() - started) / 1000),
    machine: machine(),
    answers: { app: appLoad, baseline: baselineLoad },
    postgres,
    durability,
    live: live.result,
    dashboards,
    pageWeight: { empty, practice, liveTrainee },
    lighthouse,
  };
  printSummary(results);
  writeResults(results);
  console.log(`\nWrote bench-results.json and docs/benchmarks.md in ${results.seconds} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  killAllServers();
  process.exit(1);
});
