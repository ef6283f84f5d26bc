import { afterAll } from "vitest";
import { dropFreshDatabase, freshDatabase } from "@/tests/support/test-database";

// A real database per test file, copied from the migrated template before any import opens it: a SQLite file,
// or on PostgreSQL (TEST_DATABASE=postgres) a database created from the template database.
const url = await freshDatabase();
process.env.DATABASE_URL = url;
delete (globalThis as { prisma?: unknown }).prisma;

afterAll(async () => {
  const cached = (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma;
  await cached?.$disconnect();
  delete (globalThis as { prisma?: unknown }).prisma;
  await dropFreshDatabase(url);
});
