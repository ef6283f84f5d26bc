import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { SESSION_COOKIES } from "@/lib/auth/cookies";
import type { SessionClaims } from "@/lib/auth/session-check";
import { claimsOf, liveUser, type SessionUser } from "@/lib/auth/session-cookie";

export type { SessionUser } from "@/lib/auth/session-cookie";

/** The claims of the request's session cookie, if it carries a token this server signed. */
export async function requestSessionClaims(): Promise<SessionClaims | null> {
  const store = await cookies();
  return claimsOf(SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean));
}

/**
 * The only door to the session for the rest of the app. It decodes next-auth's token itself (no token re-issue per
 * request), then checks the server-side session and the account: signed out, expired, idle, disabled, deleted, or a
 * newer session version (password change, sign out everywhere) all end it.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => liveUser(await requestSessionClaims()));
