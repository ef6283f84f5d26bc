import "server-only";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/roles";

export type Guarded = { ok: true; user: SessionUser } | { ok: false; status: 401 | 403; error: string };

// Which roles may do what: educators' powers include nothing of the admin's, and admins act as educators.
export function hasRole(user: SessionUser | null, roles: readonly Role[]): user is SessionUser {
  return user !== null && roles.includes(user.role);
}

/** For server actions and route handlers: the signed-in user, if their role is allowed. */
export async function authorize(roles: readonly Role[]): Promise<Guarded> {
  const user = await getSessionUser();
  if (!user) return { ok: false, status: 401, error: "Your session has ended. Sign in again." };
  if (!hasRole(user, roles)) return { ok: false, status: 403, error: "You do not have permission to do that." };
  return { ok: true, user };
}

export const EDUCATORS: readonly Role[] = ["EDUCATOR", "ADMIN"];
export const ADMINS: readonly Role[] = ["ADMIN"];
