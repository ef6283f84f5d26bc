import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { isRole, type Role } from "@/lib/auth/roles";
import { sessionState } from "@/lib/auth/session-state";

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
}

// next-auth names the cookie by scheme: the secure prefix behind https.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

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

// For pages: send a signed-out visitor to sign in and back.
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
