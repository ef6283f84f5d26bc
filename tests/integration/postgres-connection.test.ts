import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { createPostgresAdapter, DEFAULT_POOL_SIZE } from "@/lib/db/postgres-adapter";
import { PrismaClient as PostgresPrismaClient } from "@/lib/db/generated/postgres/client";
import { prisma } from "@/lib/db/prisma";
import { onPostgres } from "@/tests/support/test-database";

// SQLite's settings are checked in sqlite-connection.test.ts.
describe.runIf(onPostgres)("the PostgreSQL connection", () => {
  const url = process.env.DATABASE_URL!;
  const extra: { $disconnect(): Promise<void> }[] = [];
  afterAll(() => Promise.all(extra.map((c) => c.$disconnect())));

  it("is the one the app uses, with a statement timeout and the app's name", async () => {
    const [row] = await prisma.$queryRaw<{ timeout: string; name: string; version: number }[]>`
      SELECT current_setting('statement_timeout') AS "timeout", current_setting('application_name') AS "name",
        current_setting('server_version_num')::int AS "version"`;
    expect(row).toEqual({ timeout: "10s", name: "defector-narratives", version: expect.any(Number) });
    expect(row!.version).toBeGreaterThanOrEqual(150000);
  });

  it("ends a statement that runs past DATABASE_STATEMENT_TIMEOUT_MS", async () => {
    const db = new PostgresPrismaClient({
      adapter: createPostgresAdapter(url, { poolSize: 1, statementTimeoutMs: 200 }),
    });
    extra.push(db);
    const started = Date.now();
    await expect(db.$queryRaw`SELECT 1 AS "one" FROM pg_sleep(5)`).rejects.toThrow(/statement timeout/);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it("opens no more connections than DATABASE_POOL_SIZE", async () => {
    const db = new PostgresPrismaClient({
      adapter: createPostgresAdapter(url, { poolSize: 2, statementTimeoutMs: 10_000 }),
    });
    extra.push(db);
    let running = true;
    const sleepers = Promise.all(
      Array.from({ length: 6 }, () => db.$queryRaw`SELECT 1 AS "one" FROM pg_sleep(0.2)`),
    ).finally(() => (running = false));
    let most = 0;
    while (running) {
      const [row] = await prisma.$queryRaw<{ n: bigint }[]>`
        SELECT COUNT(*) AS "n" FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND query LIKE '%FROM pg_sleep(0.2)%'`;
      most = Math.max(most, Number(row!.n));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await sleepers;
    expect(most).toBe(2);
    expect(DEFAULT_POOL_SIZE).toBeGreaterThanOrEqual(2);
  });

  it("stores every DateTime as timestamptz with millisecond precision", async () => {
    const rows = await prisma.$queryRaw<{ type: string }[]>`
      SELECT DISTINCT format_type(a.atttypid, a.atttypmod) AS "type"
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' AND a.attnum > 0
        AND format_type(a.atttypid, a.atttypmod) LIKE 'timestamp%'`;
    expect(rows.map((r) => r.type)).toEqual(["timestamp(3) with time zone"]);
  });

  it("refuses a row that points at nothing", async () => {
    await expect(prisma.attempt.create({ data: { userId: "no-such-user", size: 1 } })).rejects.toThrow();
  });

  it("is what createPrismaClient picks for a postgresql:// or postgres:// URL", async () => {
    const db = createPrismaClient(url.replace(/^postgresql:/, "postgres:"));
    extra.push(db);
    const [row] = await db.$queryRaw<{ engine: string }[]>`SELECT split_part(version(), ' ', 1) AS "engine"`;
    expect(row!.engine).toBe("PostgreSQL");
  });
});
