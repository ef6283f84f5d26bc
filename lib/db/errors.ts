import { Prisma } from "@prisma/client";

type DriverAdapterError = { cause?: { kind?: string } };

/**
 * A unique-constraint violation, on SQLite or PostgreSQL, whether it came through the query builder (P2002 on
 * both), a raw statement (P2010, carrying the driver's error: SQLITE_CONSTRAINT_UNIQUE or SQLSTATE 23505,
 * which both driver adapters report as the kind "UniqueConstraintViolation"), or straight from better-sqlite3
 * (lib/db/write-together.ts).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Error && (error as { code?: unknown }).code === "SQLITE_CONSTRAINT_UNIQUE") return true;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  if (error.code !== "P2010") return false;
  return (
    (error.meta?.driverAdapterError as DriverAdapterError | undefined)?.cause?.kind === "UniqueConstraintViolation"
  );
}
