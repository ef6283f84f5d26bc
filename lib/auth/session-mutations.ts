import "server-only";
import crypto from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { evictEveryone, evictSession, evictUser } from "@/lib/auth/session-cache";
import { sessionLifetime } from "@/lib/auth/session-lifetime";
import { prisma as defaultClient } from "@/lib/db/prisma";

/** Starts a session at sign-in. The id is 256 random bits; the cookie carries it only inside the encrypted token. */
export async function createSession(userId: string, now: Date = new Date(), db: PrismaClient = defaultClient) {
  const { maxMs, idleMs } = sessionLifetime();
  // Sign-in is a fine moment to sweep sessions that ended without a sign-out, so the table does not grow.
  await db.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - idleMs) } }] },
  });
  return db.session.create({
    data: {
      id: crypto.randomBytes(32).toString("base64url"),
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + maxMs),
      lastSeenAt: now,
    },
    select: { id: true, expiresAt: true },
  });
}

/** Records a request; false when the session no longer exists. */
export async function touchSession(sessionId: string, now: Date, db: PrismaClient = defaultClient): Promise<boolean> {
  const result = await db.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  return result.count === 1;
}

/** Ends one session (sign out, expiry): every copy of its cookie stops working at once, in every server process. */
export async function endSession(sessionId: string, db: PrismaClient = defaultClient): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
  await evictSession(sessionId);
}

/**
 * Ends every session of the account (sign out everywhere, password change, disabled account): the rows go and the
 * session version moves on, so no token issued before now is accepted again.
 */
export async function endUserSessions(userId: string, db: PrismaClient = defaultClient): Promise<void> {
  await db.$transaction([
    db.session.deleteMany({ where: { userId } }),
    db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } }),
  ]);
  await evictUser(userId);
}

/** Ends every session of every account: each must sign in again. */
export async function endAllSessionsOfEveryone(db: PrismaClient = defaultClient): Promise<void> {
  await db.session.deleteMany({});
  await evictEveryone();
}
