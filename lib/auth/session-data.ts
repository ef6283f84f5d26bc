import "server-only";
import type { PrismaClient } from "@prisma/client";
import { prisma as defaultClient } from "@/lib/db/prisma";

/** A session and the state of its account, as every request checks them. */
export function findSessionWithUser(sessionId: string, db: PrismaClient = defaultClient) {
  return db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      userId: true,
      expiresAt: true,
      lastSeenAt: true,
      user: { select: { id: true, displayName: true, role: true, sessionVersion: true, disabledAt: true } },
    },
  });
}

export type SessionWithUser = NonNullable<Awaited<ReturnType<typeof findSessionWithUser>>>;
