import "server-only";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "@/lib/db/client";

// One client per process, kept on globalThis: across hot reloads in development, and in production between the
// server bundles Next.js builds and the production server's own handlers (lib/http/fast-path.ts), which load this
// module separately. DATABASE_URL picks the engine (lib/db/engine.ts): SQLite by default, PostgreSQL for a
// postgresql:// URL.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = (globalForPrisma.prisma ??= createPrismaClient());
