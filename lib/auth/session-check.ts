import "server-only";
import { cachedSession, loadSession } from "@/lib/auth/session-cache";
import { findSessionWithUser } from "@/lib/auth/session-data";
import { sessionLifetime, TOUCH_INTERVAL_MS } from "@/lib/auth/session-lifetime";
import { endSession, touchSession } from "@/lib/auth/session-mutations";
import { isRole, type Role } from "@/lib/auth/roles";
import { securityLog } from "@/lib/security/log";

/** What a session token claims: the account, the server-side session and the account's session version. */
export interface SessionClaims {
  sub: string;
  sid: string;
  sv: number;
}

export interface LiveSession {
  userId: string;
  name: string;
  role: Role;
}

export function sessionClaims(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!token || token.revoked) return null;
  const { sub, sid, sv } = token;
  if (typeof sub !== "string" || typeof sid !== "string" || typeof sv !== "number") return null;
  return { sub, sid, sv };
}

async function expire(sessionId: string, userId: string, reason: string): Promise<null> {
  await endSession(sessionId);
  securityLog("session.expired", { userId, reason });
  return null;
}

/**
 * Whether the session behind a token is still alive: it exists (not signed out), is within its absolute lifetime and
 * its idle timeout, belongs to the token's account, and the account is enabled with the same session version. A live
 * session's last request is recorded at most once a minute.
 */
export async function checkSession(claims: SessionClaims, now: number = Date.now()): Promise<LiveSession | null> {
  let entry = cachedSession(claims.sid, now) ?? (await loadSession(claims.sid, now, findSessionWithUser));
  let session = entry.session;
  if (!session || session.userId !== claims.sub) return null;
  if (session.expiresAt.getTime() <= now) return expire(session.id, session.userId, "absolute-lifetime");

  const { idleMs } = sessionLifetime();
  if (now - session.lastSeenAt.getTime() > idleMs) {
    // Another process may have seen a later request: read again before ending it.
    entry = await loadSession(claims.sid, now, findSessionWithUser);
    session = entry.session;
    if (!session || session.userId !== claims.sub) return null;
    if (now - session.lastSeenAt.getTime() > idleMs) return expire(session.id, session.userId, "idle-timeout");
  }

  const { user } = session;
  if (user.disabledAt || user.sessionVersion !== claims.sv || !isRole(user.role)) return null;

  if (now - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    // Set first, so concurrent requests of this session do not all write.
    session.lastSeenAt = new Date(now);
    if (!(await touchSession(session.id, new Date(now)))) {
      await loadSession(claims.sid, now, findSessionWithUser);
      return null;
    }
  }
  return { userId: user.id, name: user.displayName, role: user.role };
}
