import "server-only";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EDUCATORS, hasRole } from "@/lib/auth/guards";
import { LAST_CLASS_COOKIE, landingPath } from "@/lib/auth/landing";
import { requireRole } from "@/lib/auth/loaders";
import type { SessionUser } from "@/lib/auth/session";
import { findOwnedClass } from "@/lib/classes/data";
import { idSchema } from "@/lib/forms/fields";
import { securityLog } from "@/lib/security/log";

/**
 * For class pages: the signed-in educator and their class, checked before anything is read. Another educator's
 * class, a trainee, or an unknown id all see "Not found".
 */
export const loadOwnedClass = cache(async (classId: string, returnTo = `/classes/${encodeURIComponent(classId)}`) => {
  const user = await requireRole(EDUCATORS, returnTo);
  const klass = await findOwnedClass(user.id, classId);
  if (!klass) {
    securityLog("authorization.refused", { userId: user.id, role: user.role, reason: "not-owned", action: returnTo });
    notFound();
  }
  return { user, klass };
});

/**
 * Where the signed-in user starts when no page asked for sign-in (lib/auth/landing.ts). The last-class cookie is only
 * a hint: the class must still be this educator's own and active, or they start at their classes.
 */
export async function loadLandingPath(user: SessionUser): Promise<string> {
  if (!hasRole(user, EDUCATORS) || user.role === "ADMIN") return landingPath(user.role, null);
  const hinted = (await cookies()).get(LAST_CLASS_COOKIE)?.value;
  const id = idSchema.safeParse(hinted);
  const klass = id.success ? await findOwnedClass(user.id, id.data) : null;
  return landingPath(user.role, klass && !klass.archivedAt ? klass.id : null);
}
