import { bin, run } from "@/scripts/lib/run";

// Applies committed migrations to the database DATABASE_URL names (created if missing).
export async function migrateDatabase(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await run(bin("prisma"), ["migrate", "deploy"], {
    env: { ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
