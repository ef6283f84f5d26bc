import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { onSqlite } from "@/tests/support/test-database";

// PostgreSQL's settings are checked in postgres-connection.test.ts.
describe.runIf(onSqlite)("the SQLite connection", () => {
  it("runs in WAL mode with foreign keys enforced and a busy timeout", async () => {
    const [journal] = await prisma.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [keys] = await prisma.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
    const [timeout] = await prisma.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(keys?.foreign_keys)).toBe(1);
    expect(Number(timeout?.timeout)).toBeGreaterThanOrEqual(1000);
  });

  it("overwrites deleted content, so a deleted account's data is not left in free pages of the file", async () => {
    const [secure] = await prisma.$queryRawUnsafe<{ secure_delete: bigint | number }[]>("PRAGMA secure_delete");
    expect(Number(secure?.secure_delete)).toBe(1);
  });

  it("refuses a row that points at nothing", async () => {
    await expect(prisma.attempt.create({ data: { userId: "no-such-user", size: 1 } })).rejects.toThrow();
  });
});
