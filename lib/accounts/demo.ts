import "server-only";
import type { PrismaClient } from "@prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { prisma as defaultClient } from "@/lib/db/prisma";

export const DEMO_PASSWORD = "demo-password";
export const DEMO_ACCOUNTS = [
  { email: "educator@demo.local", displayName: "Demo Educator", role: "EDUCATOR" },
  { email: "trainee@demo.local", displayName: "Demo Trainee", role: "TRAINEE" },
] as const;

/** Creates the demo accounts when enabled (keeping any existing password), and disables them when not. */
export async function syncDemoAccounts(enabled: boolean, db: PrismaClient = defaultClient): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (!enabled) {
      if (existing) await db.user.update({ where: { id: existing.id }, data: { disabledAt: new Date() } });
      continue;
    }
    if (existing) {
      await db.user.update({ where: { id: existing.id }, data: { disabledAt: null } });
    } else {
      await db.user.create({ data: { ...account, passwordHash: await hashPassword(DEMO_PASSWORD) } });
    }
  }
}
