import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EDUCATORS } from "@/lib/auth/guards";
import { requireRole } from "@/lib/auth/loaders";
import { findOwnedClass } from "@/lib/classes/data";
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
