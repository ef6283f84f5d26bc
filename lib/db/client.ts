import { PrismaClient } from "@prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/db/generated/postgres/client";
import { databaseEngine, databaseUrl } from "@/lib/db/engine";
import { createPostgresAdapter } from "@/lib/db/postgres-adapter";
import { createSQLiteAdapter, type ConfiguredSQLiteAdapter } from "@/lib/db/sqlite-adapter";
import type { SQLiteConnection } from "@/lib/db/sqlite-connection";

const sqliteAdapters = new WeakMap<PrismaClient, ConfiguredSQLiteAdapter>();

/**
 * A Prisma client for the database the URL names. Both clients are generated from prisma/schema.prisma and
 * share Prisma's runtime (so `Prisma.sql` and the error classes from @prisma/client work with either); every
 * model operation takes and returns the same types on both (lib/db/client-types.ts fails the type-check
 * otherwise), so the app sees one type: the SQLite client's.
 */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  if (databaseEngine(url) === "postgres") {
    return new PostgresPrismaClient({ adapter: createPostgresAdapter(url) }) as unknown as PrismaClient;
  }
  const adapter = createSQLiteAdapter(url);
  const client = new PrismaClient({ adapter });
  sqliteAdapters.set(client, adapter);
  return client;
}

/** The client's own SQLite connection, once it has connected; none on PostgreSQL. */
export function sqliteConnectionOf(client: PrismaClient): SQLiteConnection | undefined {
  return sqliteAdapters.get(client)?.connection;
}
