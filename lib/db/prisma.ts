import "server-only";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";

// One client per process, kept across hot reloads in development. DATABASE_URL picks the engine
// (lib/db/engine.ts): SQLite by default, PostgreSQL for a postgresql:// URL.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
if (env().NODE_ENV !== "production") globalForPrisma.prisma = prisma;
