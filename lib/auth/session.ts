import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { SESSION_COOKIES } from "@/lib/auth/cookies";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { checkSession, sessionClaims, type SessionClaims } from "@/lib/auth/session-check";
import type { Role } from "@/lib/auth/roles";

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
}

let secret: string | undefined;
const authSecret = () => (secret ??= resolveAuthSecret().secret);

/** The claims of the request's session cookie, if it carries a token this server signed. */
export async function requestSessionClaims(): Promise<SessionClaims | null> {
  const store = await cookies();
  const raw = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  if (!raw) return null;
  const token = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  return sessionClaims(token);
}

/**
 * The only door to the session for the rest of the app. It decodes next-auth's token itself (no token re-issue per
 * request), then checks the server-side session and the account: signed out, expired, idle, disabled, deleted, or a
 * newer session version (password change, sign out everywhere) all end it.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await requestSessionClaims();
  if (!claims) return null;
  const live = await checkSession(claims);
  return live ? { id: live.userId, name: live.name, role: live.role } : null;
});
