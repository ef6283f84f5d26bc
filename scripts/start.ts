// npm start: migrate, seed, build when the build is missing or stale, then serve the production build.
import { spawn } from "node:child_process";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/accounts/demo-mutations";
import { demoNotice, demoPolicy } from "@/lib/accounts/demo-policy";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { databaseUrl, describeDatabase } from "@/lib/db/engine";
import { prisma } from "@/lib/db/prisma";
import { readEnv } from "@/lib/env";
import { withStartupLock } from "@/scripts/db/startup-lock";
import { buildIsCurrent, writeBuildStamp } from "@/scripts/lib/build-stamp";
import { migrateDatabase } from "@/scripts/lib/prepare-database";
import { bin, run, SERVER_COMMAND } from "@/scripts/lib/run";
import { seed } from "@/scripts/seed";

async function main() {
  const env = readEnv();
  const { secret, origin } = resolveAuthSecret();
  if (origin !== "environment") {
    console.warn(
      `Warning: AUTH_SECRET is not set; using the secret ${origin === "generated" ? "just generated" : "stored"} in data/auth-secret. Set AUTH_SECRET in production.`,
    );
  }
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    AUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  console.log(`Database: ${describeDatabase(env.DATABASE_URL)}`);
  await withStartupLock(databaseUrl(childEnv), async () => {
    await migrateDatabase(childEnv);
    await seed();
  });
  await prisma.$disconnect();

  if (!buildIsCurrent()) {
    console.log("Building the app (the build is missing or out of date)…");
    await run(bin("next"), ["build"], { env: childEnv });
    writeBuildStamp();
  }

  const policy = demoPolicy({ ...env, NEXTAUTH_URL: childEnv.NEXTAUTH_URL });
  const notice = demoNotice(policy, DEMO_PASSWORD, DEMO_ACCOUNTS);
  (policy.enabled ? console.warn : console.log)(notice.join("\n"));
  const server = spawn(process.execPath, SERVER_COMMAND, {
    stdio: "inherit",
    env: { ...childEnv, PORT: String(env.PORT), TRUSTED_PROXY_HOPS: String(env.TRUSTED_PROXY_HOPS) },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
