import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { isRole, type Role } from "@/lib/auth/roles";

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
}

// The only door to next-auth for the rest of the app; cached per request.
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user as Partial<SessionUser> | undefined;
  if (!user?.id || !isRole(user.role)) return null;
  return { id: user.id, name: user.name ?? "", role: user.role };
});

// For pages: send a signed-out visitor to sign in and back.
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
