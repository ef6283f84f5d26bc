import "server-only";
import { decode } from "next-auth/jwt";
import { SESSION_COOKIES } from "@/lib/auth/cookies";
import type { Role } from "@/lib/auth/roles";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { checkSession, sessionClaims, type SessionClaims } from "@/lib/auth/session-check";

// The session check from a raw session cookie, with nothing of Next.js's request context: the production server's own
// handlers (lib/http/fast-path.ts) run it outside Next.js, and lib/auth/session.ts wraps it for pages and routes.

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
}

let secret: string | undefined;
const authSecret = () => (secret ??= resolveAuthSecret().secret);

/** The claims of a session cookie's value, if it is a token this server signed. */
export async function claimsOf(raw: string | undefined): Promise<SessionClaims | null> {
  if (!raw) return null;
  const token = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  return sessionClaims(token);
}

/** The signed-in user of a live session; null when the session has ended, expired or been revoked. */
export async function liveUser(claims: SessionClaims | null): Promise<SessionUser | null> {
  const live = claims ? await checkSession(claims) : null;
  return live ? { id: live.userId, name: live.name, role: live.role } : null;
}

/** The same check for a raw Cookie header. */
export async function sessionUserFromCookieHeader(header: string | undefined): Promise<SessionUser | null> {
  const jar = new Map<string, string>();
  for (const pair of (header ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return liveUser(await claimsOf(SESSION_COOKIES.map((name) => jar.get(name)).find(Boolean)));
}
