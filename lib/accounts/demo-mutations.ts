import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { DemoPolicy } from "@/lib/accounts/demo-policy";
import { hashPassword } from "@/lib/auth/password";
import { endUserSessions } from "@/lib/auth/session-mutations";
import { generateJoinCode } from "@/lib/classes/join-code";
import { prisma as defaultClient } from "@/lib/db/prisma";

export const DEMO_PASSWORD = "demo-password";
export const DEMO_ACCOUNTS = [
  { email: "educator@demo.local", displayName: "Demo Educator", role: "EDUCATOR" },
  { email: "trainee@demo.local", displayName: "Demo Trainee", role: "TRAINEE" },
  { email: "admin@demo.local", displayName: "Demo Admin", role: "ADMIN" },
] as const;
export const DEMO_CLASS_NAME = "Demo class";

/**
 * Creates the demo accounts the policy allows (keeping any existing password) and puts the demo trainee in the demo
 * educator's demo class; the demo accounts it does not allow are disabled and signed out.
 */
export async function syncDemoAccounts(
  policy: Pick<DemoPolicy, "enabled" | "admin">,
  db: PrismaClient = defaultClient,
): Promise<void> {
  const enabled = policy.enabled;
  const ids = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    const wanted = account.role === "ADMIN" ? policy.admin : policy.enabled;
    if (!wanted) {
      if (existing) {
        await db.user.update({ where: { id: existing.id }, data: { disabledAt: new Date() } });
        await endUserSessions(existing.id, db);
      }
      continue;
    }
    const user = existing
      ? await db.user.update({ where: { id: existing.id }, data: { disabledAt: null }, select: { id: true } })
      : await db.user.create({
          data: { ...account, passwordHash: await hashPassword(DEMO_PASSWORD) },
          select: { id: true },
        });
    ids.set(account.role, user.id);
  }
  const educatorId = ids.get("EDUCATOR");
  const traineeId = ids.get("TRAINEE");
  if (!enabled || !educatorId || !traineeId) return;
  const demoClass =
    (await db.class.findFirst({ where: { educatorId, name: DEMO_CLASS_NAME }, select: { id: true } })) ??
    (await db.class.create({
      data: { educatorId, name: DEMO_CLASS_NAME, joinCode: generateJoinCode() },
      select: { id: true },
    }));
  await db.classMember.upsert({
    where: { classId_userId: { classId: demoClass.id, userId: traineeId } },
    create: { classId: demoClass.id, userId: traineeId },
    update: {},
  });
}
