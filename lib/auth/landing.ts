import type { Role } from "@/lib/auth/roles";

// Browser-safe: where each role starts after signing in when no page asked for sign-in.

/** The cookie naming the class an educator last opened, so signing in can take them back to it. */
export const LAST_CLASS_COOKIE = "last-class";

/**
 * Trainees start at practice, administrators at administration, educators at the class they last opened (when it is
 * still theirs and active, as the caller has checked) or at their classes.
 */
export function landingPath(role: Role, lastOwnedClassId: string | null): string {
  if (role === "TRAINEE") return "/practice";
  if (role === "ADMIN") return "/admin";
  return lastOwnedClassId ? `/classes/${encodeURIComponent(lastOwnedClassId)}` : "/classes";
}
