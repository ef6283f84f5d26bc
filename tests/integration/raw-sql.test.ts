import { Prisma } from "@prisma/client";
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { databaseFile } from "@/lib/db/database-url";
import { prisma } from "@/lib/db/prisma";
import { queryRows, writeTogether } from "@/lib/db/raw-sql";
import { onSqlite } from "@/tests/support/test-database";

const limit = (key: string, points: number, expiresAt: Date) =>
  Prisma.sql`INSERT INTO "RateLimit" ("key", "points", "expiresAt") VALUES (${key}, ${points}, ${expiresAt})`;

const keys = async () => (await prisma.rateLimit.findMany({ orderBy: { key: "asc" } })).map((row) => row.key);

/**
 * Opens a Prisma transaction that writes a row, stays open for 100 ms and rolls back. Resolves once the row is written,
 * with a promise of the rollback's message (inside an object: an async function would wait for a promise it returns).
 */
async function openRollingBack(key: string): Promise<{ rolledBack: Promise<string> }> {
  let opened!: () => void;
  const open = new Promise<void>((resolve) => (opened = resolve));
  const rolledBack = prisma
    .$transaction(async (tx) => {
      await tx.rateLimit.create({ data: { key, points: 1, expiresAt: new Date() } });
      opened();
      await new Promise((resolve) => setTimeout(resolve, 100));
      throw new Error("roll back");
    })
    .catch((error: Error) => error.message);
  await open;
  return { rolledBack };
}

beforeEach(async () => {
  await prisma.rateLimit.deleteMany();
  vi.restoreAllMocks();
});

describe("writeTogether", () => {
  it("returns how many rows each statement changed", async () => {
    const at = new Date("2026-03-01T10:00:00.000Z");
    const changes = await writeTogether(prisma, [
      limit("a", 1, at),
      limit("b", 1, at),
      Prisma.sql`UPDATE "RateLimit" SET "points" = 2 WHERE "key" IN ('a', 'b', 'c')`,
      Prisma.sql`DELETE FROM "RateLimit" WHERE "key" = 'nothing'`,
    ]);
    expect(changes).toEqual([1, 1, 2, 0]);
  });

  it("writes every statement or none: a failing one takes the ones before it back", async () => {
    const at = new Date("2026-03-01T10:00:00.000Z");
    await expect(writeTogether(prisma, [limit("first", 1, at), limit("first", 1, at)])).rejects.toThrow();
    expect(await keys()).toEqual([]);
  });

  it("stores a date and a number as Prisma's own writes do, so Prisma reads them back unchanged", async () => {
    const at = new Date("2026-03-01T10:15:30.123Z");
    await writeTogether(prisma, [limit("together", 7, at)]);
    await prisma.rateLimit.create({ data: { key: "prisma", points: 7, expiresAt: at } });
    const rows = await prisma.rateLimit.findMany({ orderBy: { key: "asc" } });
    expect(rows.map((row) => [row.key, row.points, row.expiresAt.toISOString()])).toEqual([
      ["prisma", 7, at.toISOString()],
      ["together", 7, at.toISOString()],
    ]);
    // Stored as the same text, so comparisons in SQL between the two agree.
    const stored = await prisma.$queryRaw<{ same: number | boolean }[]>`
      SELECT COUNT(DISTINCT "expiresAt") = 1 AS "same" FROM "RateLimit"`;
    expect(Boolean(stored[0]!.same)).toBe(true);
  });

  it.runIf(onSqlite)("on SQLite, writes on the client's own connection without a Prisma transaction", async () => {
    await prisma.$connect();
    const transaction = vi.spyOn(prisma, "$transaction");
    await writeTogether(prisma, [limit("direct", 1, new Date())]);
    expect(transaction).not.toHaveBeenCalled();
    expect(await keys()).toEqual(["direct"]);
  });

  it.runIf(onSqlite)(
    "on SQLite, waits for another process's write lock with its event loop free, then writes",
    async () => {
      await prisma.$connect();
      const other = new Database(databaseFile());
      try {
        other.prepare("BEGIN IMMEDIATE").run();
        // The other writer lets go on a timer of this process: a busy handler sleeping here would never see it fire.
        setTimeout(() => other.prepare("COMMIT").run(), 200);
        const started = Date.now();
        await writeTogether(prisma, [limit("after", 1, new Date())]);
        expect(Date.now() - started).toBeGreaterThanOrEqual(150);
        expect(Date.now() - started).toBeLessThan(2000);
        expect(await keys()).toEqual(["after"]);
      } finally {
        other.close();
      }
    },
  );

  it("waits for a transaction of Prisma's open on the same client, and stays out of it", async () => {
    const { rolledBack } = await openRollingBack("prisma-rolled-back");
    await writeTogether(prisma, [limit("together", 1, new Date())]);
    expect(await rolledBack).toBe("roll back");
    expect(await keys()).toEqual(["together"]);
  });
});

describe("queryRows", () => {
  it("returns the rows with values the caller can convert, dates included", async () => {
    const at = new Date("2026-03-01T10:15:30.123Z");
    await prisma.rateLimit.create({ data: { key: "k", points: 3, expiresAt: at } });
    const rows = await queryRows<{ key: string; points: number | bigint; expiresAt: Date | string }>(
      prisma,
      Prisma.sql`SELECT "key", "points", "expiresAt" FROM "RateLimit" WHERE "points" > ${1}`,
    );
    expect(rows.map((r) => [r.key, Number(r.points), new Date(r.expiresAt).toISOString()])).toEqual([
      ["k", 3, at.toISOString()],
    ]);
  });

  it("returns rows as objects even after Prisma has run the same statement", async () => {
    await prisma.rateLimit.create({ data: { key: "shared", points: 1, expiresAt: new Date() } });
    const query = Prisma.sql`SELECT "key" FROM "RateLimit" WHERE "key" = ${"shared"}`;
    await prisma.$queryRaw(query);
    expect(await queryRows<{ key: string }>(prisma, query)).toEqual([{ key: "shared" }]);
  });

  it("never reads inside a transaction of Prisma's: it waits for it, and so never sees its uncommitted rows", async () => {
    const { rolledBack } = await openRollingBack("uncommitted");
    const rows = await queryRows<{ key: string }>(prisma, Prisma.sql`SELECT "key" FROM "RateLimit"`);
    expect(rows).toEqual([]);
    expect(await rolledBack).toBe("roll back");
  });
});
