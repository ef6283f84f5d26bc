import pg from "pg";
import { databaseEngine } from "@/lib/db/engine";

// Instances that start together against one PostgreSQL database would otherwise seed it at the same time (two
// demo classes, or a start that fails on a unique constraint). On PostgreSQL, `work` runs under a session-level
// advisory lock, so each instance migrates and seeds after the previous one finished and finds nothing to do.
// SQLite needs none: one machine, and `npm start` is run once there.
const STARTUP_LOCK_KEY = 7_326_901_416; // beside the migration runner's key, never equal to it

export async function withStartupLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  if (databaseEngine(url) !== "postgres") return work();
  const client = new pg.Client({ connectionString: url, application_name: "defector-narratives start" });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    // Ending the session releases the lock.
    await client.end();
  }
}
