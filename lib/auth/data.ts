import "server-only";
import { prisma } from "@/lib/db/prisma";

export function findUserForSignIn(login: string) {
  const normalised = login.trim().toLowerCase();
  return prisma.user.findFirst({
    where: { OR: [{ email: normalised }, { username: normalised }] },
    select: { id: true, displayName: true, role: true, passwordHash: true, sessionVersion: true, disabledAt: true },
  });
}
