import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { sqliteConnectionOf } from "@/lib/db/client";
import { runBetweenTransactions, runSynchronousTransaction } from "@/lib/db/sqlite-connection";

// Raw SQL of the hottest paths, the same text on either engine. On SQLite it runs synchronously on Prisma's own
// connection: a write's lock is held for its statements alone and never across an await (lib/db/sqlite-connection.ts
// explains why that matters with several server processes), and a read skips Prisma's raw-query machinery, which cost
// more CPU than the statement. On PostgreSQL, or before the SQLite client has connected, it goes through Prisma.

/** A value as Prisma's SQLite adapter binds it, so both paths store the same text for the same value. */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value === undefined) return null;
  return value;
}

/**
 * The rows of one read. Values come as the driver gives them: on SQLite a date is text and a count a number, on
 * PostgreSQL a Date and a bigint, so callers convert.
 */
export async function queryRows<Row>(db: PrismaClient, query: Prisma.Sql): Promise<Row[]> {
  const connection = sqliteConnectionOf(db);
  if (!connection) return db.$queryRaw<Row[]>(query);
  // Rows as objects: Prisma's own reads switch a shared prepared statement to arrays (lib/db/statement-cache.ts).
  return runBetweenTransactions(connection, () =>
    connection.client.prepare(query.sql).bind(query.values.map(sqliteValue)).raw(false).all(),
  ) as Promise<Row[]>;
}

/** Runs the statements in order as one transaction and returns how many rows each changed. */
export async function writeTogether(db: PrismaClient, statements: Prisma.Sql[]): Promise<number[]> {
  const connection = sqliteConnectionOf(db);
  if (!connection) return db.$transaction(statements.map((statement) => db.$executeRaw(statement)));
  return runSynchronousTransaction(connection, () =>
    statements.map(
      (statement) => connection.client.prepare(statement.sql).bind(statement.values.map(sqliteValue)).run().changes,
    ),
  );
}
