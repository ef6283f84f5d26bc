import "server-only";
import type { PrismaClient } from "@prisma/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { generateUsername } from "@/lib/accounts/username";
import { forgetSessionState } from "@/lib/auth/session-state";
import { isUniqueViolation } from "@/lib/db/errors";
import { prisma as defaultClient } from "@/lib/db/prisma";

export type MutationResult<T = object> = ({ ok: true } & T) | { ok: false; error: string; field?: string };

export async function createEducator(
  input: { name: string; email: string; password: string },
  db: PrismaClient = defaultClient,
): Promise<MutationResult<{ userId: string }>> {
  try {
    const user = await db.user.create({
      data: {
        displayName: input.name,
        email: input.email,
        role: "EDUCATOR",
        passwordHash: await hashPassword(input.password),
      },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    if (isUniqueViolation(error))
      return { ok: false, field: "email", error: "An account with this email already exists" };
    throw error;
  }
}

/** Creates a trainee with a generated username and enrols them; the caller shows the username once. */
export async function createTraineeInClass(
  input: { classId: string; displayName: string; password: string },
  db: PrismaClient = defaultClient,
): Promise<{ userId: string; username: string }> {
  const passwordHash = await hashPassword(input.password);
  for (let attempt = 0; ; attempt++) {
    const username = generateUsername();
    try {
      const user = await db.user.create({
        data: {
          username,
          displayName: input.displayName,
          role: "TRAINEE",
          passwordHash,
          memberships: { create: { classId: input.classId } },
        },
      });
      return { userId: user.id, username };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

export async function enrol(
  userId: string,
  classId: string,
  db: PrismaClient = defaultClient,
): Promise<"joined" | "already"> {
  try {
    await db.classMember.create({ data: { userId, classId } });
    return "joined";
  } catch (error) {
    if (isUniqueViolation(error)) return "already";
    throw error;
  }
}

export async function changePassword(
  userId: string,
  currentPassword: string,
  newPassword: string,
  db: PrismaClient = defaultClient,
): Promise<MutationResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    return { ok: false, field: "currentPassword", error: "That is not your current password" };
  }
  // A new session version ends every other session of this user.
  await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } },
  });
  forgetSessionState(userId);
  return { ok: true };
}

export async function endAllSessions(userId: string, db: PrismaClient = defaultClient): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  forgetSessionState(userId);
}

export async function setEmail(
  userId: string,
  email: string,
  db: PrismaClient = defaultClient,
): Promise<MutationResult> {
  try {
    await db.user.update({ where: { id: userId }, data: { email } });
    return { ok: true };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, field: "email", error: "Another account uses this email" };
    throw error;
  }
}

/**
 * Deletes the account after checking the password. Answers and attempts lose their owner (the schema sets
 * it to null), so class statistics keep them without anyone's name; memberships and taught classes go.
 */
export async function deleteAccount(
  userId: string,
  password: string,
  db: PrismaClient = defaultClient,
): Promise<MutationResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    return { ok: false, field: "password", error: "That is not your password" };
  }
  await db.user.delete({ where: { id: userId } });
  forgetSessionState(userId);
  return { ok: true };
}

export async function setAccountEnabled(
  userId: string,
  enabled: boolean,
  db: PrismaClient = defaultClient,
): Promise<boolean> {
  const result = await db.user.updateMany({
    where: { id: userId, role: { not: "ADMIN" } },
    data: enabled ? { disabledAt: null } : { disabledAt: new Date(), sessionVersion: { increment: 1 } },
  });
  forgetSessionState(userId);
  return result.count === 1;
}

export async function setOpenSignUp(open: boolean, db: PrismaClient = defaultClient): Promise<void> {
  await db.setting.upsert({
    where: { key: "openSignUp" },
    create: { key: "openSignUp", value: String(open) },
    update: { value: String(open) },
  });
}
