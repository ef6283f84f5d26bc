import "server-only";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/roles";
import { securityLog } from "@/lib/security/log";

/** Why a request was refused, in the domain's words; route handlers map it to an HTTP status. */
export type RefusalReason = "signed-out" | "forbidden";
export interface Refusal {
  ok: false;
  reason: RefusalReason;
  error: string;
}
export type Guarded = { ok: true; user: SessionUser } | Refusal;

export const SIGNED_OUT = "Your session has ended. Sign in again.";
export const FORBIDDEN = "You do not have permission to do that.";

// Which roles may do what: educators' powers include nothing of the admin's, and admins act as educators.
export { EDUCATORS, TRAINEES } from "@/lib/auth/roles";
export const ADMINS: readonly Role[] = ["ADMIN"];

export function hasRole(user: SessionUser | null, roles: readonly Role[]): user is SessionUser {
  return user !== null && roles.includes(user.role);
}

/**
 * For server actions and route handlers: the signed-in user, if their role is allowed. A wrong role is logged as an
 * authorization refusal, with `action` naming what was asked for.
 */
export async function authorize(roles: readonly Role[], action?: string): Promise<Guarded> {
  const user = await getSessionUser();
  if (!user) return { ok: false, reason: "signed-out", error: SIGNED_OUT };
  if (!roles.includes(user.role)) {
    securityLog("authorization.refused", { userId: user.id, role: user.role, reason: "role", action });
    return { ok: false, reason: "forbidden", error: FORBIDDEN };
  }
  return { ok: true, user };
}
