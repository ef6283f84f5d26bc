// npm run bench [-- --quick]: build, seed, load the real answer endpoint and a bare baseline, kill and replay,
// time the dashboards, weigh the pages, and write bench-results.json and docs/benchmarks.md.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { runLoad, TaskQueue, type LoadResult } from "@/scripts/bench/answer-load";
import { FULL_SHAPE, QUICK_SHAPE, seedDashboardData } from "@/scripts/bench/dashboard-data";
import { killAndReplay } from "@/scripts/bench/durability";
import { BENCH_PASSWORD, seedAnswerLoad } from "@/scripts/bench/load-data";
import { firstLoadJs } from "@/scripts/bench/page-weight";
import { machine, printTable, writeResults, type BenchResults } from "@/scripts/bench/report";
import { startApp, startBaseline } from "@/scripts/bench/server";
import { signInAll } from "@/scripts/bench/sign-in";
import { buildIsCurrent, writeBuildStamp } from "@/scripts/lib/build-stamp";
import { migrateDatabase } from "@/scripts/lib/prepare-database";
import { bin, run } from "@/scripts/lib/run";

const exec = promisify(execFile);
const quick = process.argv.includes("--quick");
const plan = quick
  ? {
      trainees: 40,
      items: 1500,
      tiers: [50, 300, 2000],
      tierSeconds: 3,
      rate: 1000,
      rateSeconds: 5,
      signIns: 40,
      durability: 1500,
      shape: QUICK_SHAPE,
      runs: 5,
    }
  : {
      trainees: 100,
      items: 2500,
      tiers: [50, 300, 2000],
      tierSeconds: 10,
      rate: 1000,
      rateSeconds: 30,
      signIns: 100,
      durability: 4000,
      shape: FULL_SHAPE,
      runs: 20,
    };
const APP_PORT = 3210;
const BASELINE_PORT = 3211;
const SECRET = "bench-secret-bench-secret-bench-secret-0123";
const dir = path.resolve("data", "bench");

const step = (text: string) => console.log(`\n▸ ${text}`);

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

async function main() {
  fs.mkdirSync(dir, { recursive: true });
  step("Production build");
  if (!buildIsCurrent()) {
    await run(bin("next"), ["build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    writeBuildStamp();
  }

  step(`Seeding ${plan.trainees} trainees with ${plan.items} open items each`);
  const load = await freshDatabase("load.db");
  await exec(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/seed.ts"], {
    env: { ...process.env, DATABASE_URL: load.url, SEED_DEMO: "false" },
  });
  const tasks = await seedAnswerLoad(load.file, plan.trainees, plan.items);
  const durabilityTasks = tasks.splice(tasks.length - plan.durability);
  const baselineFile = path.join(dir, "baseline.db");
  copyDatabase(load.file, baselineFile);

  const appEnv = {
    DATABASE_URL: load.url,
    AUTH_SECRET: SECRET,
    NEXTAUTH_URL: `http://127.0.0.1:${APP_PORT}`,
    SEED_DEMO: "false",
  };
  const app = await startApp(APP_PORT, appEnv);
  step(`Signing in ${plan.signIns} trainees`);
  const logins = Array.from({ length: plan.signIns }, (_, t) => `bench-trainee-${t}@bench.local`);
  const cookies = await signInAll(app.url, logins, BENCH_PASSWORD);
  // Each trainee answers only their own items: map trainee index onto the signed-in cookies.
  const signedIn = tasks.filter((t) => t.trainee < plan.signIns);

  const runs = async (url: string, queue: TaskQueue): Promise<LoadResult[]> => {
    const results: LoadResult[] = [];
    for (const connections of plan.tiers) {
      step(`${url === app.url ? "App" : "Baseline"}: ${connections} connections for ${plan.tierSeconds} s`);
      results.push(
        await runLoad({
          name: `${connections} connections`,
          url,
          queue,
          cookies,
          connections,
          durationSeconds: plan.tierSeconds,
        }),
      );
    }
    step(
      `${url === app.url ? "App" : "Baseline"}: ${plan.rate} answers/s for ${plan.rateSeconds} s at 2000 connections`,
    );
    results.push(
      await runLoad({
        name: `${plan.rate}/s fixed rate, 2000 connections`,
        url,
        queue,
        cookies,
        connections: 2000,
        durationSeconds: plan.rateSeconds,
        rate: plan.rate,
      }),
    );
    return results;
  };
  const appQueue = new TaskQueue(signedIn);
  const appLoad = await runs(app.url, appQueue);
  if (appQueue.remaining < 0) console.warn("The item pool ran out: later requests replayed answers.");

  step("Page weight");
  const attemptId = signedIn[0]!.attemptId;
  const practice = await firstLoadJs(app.url, `/practice/${attemptId}`, cookies[signedIn[0]!.trainee]);
  const empty = await firstLoadJs(app.url, "/page-that-does-not-exist");
  await app.stop();

  const baseline = await startBaseline(BASELINE_PORT, baselineFile);
  const baselineLoad = await runs(baseline.url, new TaskQueue(signedIn));
  await baseline.stop();

  step("Durability: SIGKILL during a burst, restart, replay");
  const durability = await killAndReplay({
    tasks: durabilityTasks.filter((t) => t.trainee < plan.signIns),
    cookies,
    databaseFile: load.file,
    start: () => startApp(APP_PORT, appEnv),
    killAfterMs: quick ? 2000 : 3000,
    concurrency: 64,
  });

  step(
    `Dashboards: seeding ${plan.shape.classes * plan.shape.traineesPerClass * plan.shape.exercisesPerClass * plan.shape.scenariosPerExercise} answers`,
  );
  const dashboards = await freshDatabase("dashboards.db");
  const seeded = seedDashboardData(dashboards.file, plan.shape);
  step(`Dashboards: timing ${plan.runs} runs of each view`);
  const { stdout } = await exec(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/bench/dashboard-timing.ts",
      seeded.classId,
      seeded.userId,
      String(plan.runs),
    ],
    { env: { ...process.env, DATABASE_URL: dashboards.url }, maxBuffer: 10 * 1024 * 1024 },
  );
  const timings = JSON.parse(stdout) as Pick<BenchResults["dashboards"], "prisma" | "raw">;

  const results: BenchResults = {
    date: new Date().toISOString(),
    command: quick ? "npm run bench -- --quick" : "npm run bench",
    quick,
    machine: machine(),
    load: { app: appLoad, baseline: baselineLoad },
    durability,
    dashboards: { answers: seeded.answers, ...timings },
    pageWeight: { practice, empty },
  };
  printTable(results);
  writeResults(results);
  console.log("\nWrote bench-results.json and docs/benchmarks.md");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
