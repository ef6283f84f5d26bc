import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/lib/auth/roles";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { securityLog } from "@/lib/security/log";

// For pages: a signed-out visitor is sent to sign in and back; a signed-in one without the role sees "Not found",
// as for an object that is not theirs.

export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

export async function requireRole(roles: readonly Role[], returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!roles.includes(user.role)) {
    securityLog("authorization.refused", { userId: user.id, role: user.role, reason: "role", action: returnTo });
    notFound();
  }
  return user;
}
