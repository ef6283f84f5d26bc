// npm start: migrate, seed, build when the build is missing or stale, then serve the production build.
import { spawn } from "node:child_process";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/accounts/demo-mutations";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { databaseUrl, describeDatabase } from "@/lib/db/engine";
import { prisma } from "@/lib/db/prisma";
import { readEnv } from "@/lib/env";
import { withStartupLock } from "@/scripts/db/startup-lock";
import { buildIsCurrent, writeBuildStamp } from "@/scripts/lib/build-stamp";
import { migrateDatabase } from "@/scripts/lib/prepare-database";
import { bin, run } from "@/scripts/lib/run";
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

  if (env.SEED_DEMO) {
    console.log("Demo accounts (password for each: %s):", DEMO_PASSWORD);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.toLowerCase().padEnd(8)} ${account.email}`);
  }
  const server = spawn(process.execPath, ["scripts/serve.mjs"], {
    stdio: "inherit",
    env: { ...childEnv, PORT: String(env.PORT) },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
