import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { SESSION_COOKIES } from "@/lib/auth/cookies";
import { authOptions } from "@/lib/auth/options";
import { isRole, type Role } from "@/lib/auth/roles";
import { sessionState } from "@/lib/auth/session-state";

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
}

/**
 * The only door to the session for the rest of the app. It decodes next-auth's token itself (no token
 * re-issue per request) and then checks the account: disabled, deleted, or a newer session version
 * (password change, sign out everywhere) all end the session.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const store = await cookies();
  const raw = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  if (!raw) return null;
  const token = await decode({ token: raw, secret: authOptions.secret! }).catch(() => null);
  if (!token?.sub || typeof token.sv !== "number" || token.revoked) return null;
  const state = await sessionState(token.sub);
  if (!state || state.disabledAt || state.sessionVersion !== token.sv || !isRole(state.role)) return null;
  return { id: state.id, name: state.displayName, role: state.role };
});
