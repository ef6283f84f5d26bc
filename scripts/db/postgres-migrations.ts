// Applies prisma/postgres/migrations to a PostgreSQL database, the job `prisma migrate deploy` would do if
// Prisma 6's JavaScript schema engine could (it cannot introspect PostgreSQL). Kept to what deploys need:
// - each pending migration runs in its own transaction (PostgreSQL DDL is transactional), so a failure
//   leaves nothing half-applied and the next deploy retries it;
// - applied migrations are recorded in Prisma's own `_prisma_migrations` table, same columns and the same
//   SHA-256 checksum, so Prisma's `migrate deploy`/`migrate status` can take over from it later;
// - an advisory lock serialises instances that start at the same time;
// - an applied migration whose file changed since stops the deploy.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const POSTGRES_MIGRATIONS_DIR = path.join("prisma", "postgres", "migrations");
// An arbitrary constant shared by every deploy of this app: pg_advisory_lock(bigint).
const LOCK_KEY = 7_326_901_415;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: string = POSTGRES_MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

// Prisma's table, as its migration engine creates it on PostgreSQL.
const TRACKING_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrateOptions {
  dir?: string;
  log?: (line: string) => void;
}

/** Applies every pending migration in name order; returns the names applied. */
export async function migratePostgres(
  url: string,
  { dir = POSTGRES_MIGRATIONS_DIR, log = () => {} }: MigrateOptions = {},
): Promise<string[]> {
  const migrations = readMigrations(dir);
  const client = new pg.Client({ connectionString: url, application_name: "defector-narratives migrate" });
  await client.connect();
  try {
    // Migrations may rewrite large tables: no statement limit on this connection.
    await client.query("SET statement_timeout = 0");
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(TRACKING_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT "migration_name", "checksum" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    for (const m of migrations) {
      const checksum = applied.get(m.name);
      if (checksum !== undefined && checksum !== m.checksum) {
        throw new Error(
          `Migration ${m.name} was changed after it was applied; restore it and add a new migration instead`,
        );
      }
    }
    const pending = migrations.filter((m) => !applied.has(m.name));
    for (const m of pending) {
      await client.query("BEGIN");
      try {
        const started = new Date();
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "started_at", "applied_steps_count")
           VALUES ($1, $2, now(), $3, $4, 1)`,
          [crypto.randomUUID(), m.checksum, m.name, started],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(
          `Migration ${m.name} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      log(`Applied migration ${m.name}`);
    }
    return pending.map((m) => m.name);
  } finally {
    // Closing the session releases the advisory lock too.
    await client.end();
  }
}
