import { databaseEngine, databaseUrl } from "@/lib/db/engine";
import { migratePostgres } from "@/scripts/db/postgres-migrations";
import { bin, run } from "@/scripts/lib/run";

// Applies committed migrations to the database DATABASE_URL names: SQLite's (prisma/migrations) through
// `prisma migrate deploy`, creating the file if missing; PostgreSQL's (prisma/postgres/migrations) through
// scripts/db/postgres-migrations.ts, into a database that must exist.
export async function migrateDatabase(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const url = databaseUrl(env);
  if (databaseEngine(url) === "postgres") {
    await migratePostgres(url, { log: (line) => console.log(line) });
    return;
  }
  await run(bin("prisma"), ["migrate", "deploy"], {
    env: { ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
