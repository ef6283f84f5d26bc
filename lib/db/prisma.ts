import "server-only";
import { PrismaClient } from "@prisma/client";
import { env } from "@/lib/env";
import { createSQLiteAdapter } from "@/lib/db/sqlite-adapter";

// One client per process, kept across hot reloads in development.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? new PrismaClient({ adapter: createSQLiteAdapter() });
if (env().NODE_ENV !== "production") globalForPrisma.prisma = prisma;
