// npm run bench:profile: one load run against a CPU-profiled server, then where its time went.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { runLoad, TaskQueue } from "@/scripts/bench/answer-load";
import { BENCH_PASSWORD, seedAnswerLoad } from "@/scripts/bench/load-data";
import { summariseProfiles } from "@/scripts/bench/profile-summary";
import { startApp } from "@/scripts/bench/server";
import { signInAll } from "@/scripts/bench/sign-in";
import { migrateDatabase } from "@/scripts/lib/prepare-database";

const exec = promisify(execFile);
const dir = path.resolve("data", "bench");
const profiles = path.join(dir, "profiles");
const file = path.join(dir, "profile.db");
fs.rmSync(profiles, { recursive: true, force: true });
fs.mkdirSync(profiles, { recursive: true });
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
const url = `file:${file}`;
await migrateDatabase({ ...process.env, DATABASE_URL: url });
await exec(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/seed.ts"], {
  env: { ...process.env, DATABASE_URL: url, SEED_DEMO: "false" },
});
const tasks = await seedAnswerLoad(file, 20, 1000);
const env = {
  DATABASE_URL: url,
  AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
  NEXTAUTH_URL: "http://127.0.0.1:3212",
  SEED_DEMO: "false",
  // One server process, which is the one profiled (forked workers would be killed before writing theirs).
  WEB_CONCURRENCY: "1",
};
const app = await startApp(3212, env, profiles);
const cookies = await signInAll(
  app.url,
  Array.from({ length: 20 }, (_, t) => `bench-trainee-${t}@bench.local`),
  BENCH_PASSWORD,
);
const result = await runLoad({
  name: "profile",
  url: app.url,
  queue: new TaskQueue(tasks),
  cookies,
  connections: 50,
  warmupSeconds: 2,
  durationSeconds: 10,
});
await app.stop("SIGINT");
await new Promise((r) => setTimeout(r, 1000));
const { steady } = result;
console.log(`${steady.answersPerSecond} answers/s, p50 ${steady.p50} ms, p99 ${steady.p99} ms (steady state)`);
console.table(summariseProfiles(profiles));
