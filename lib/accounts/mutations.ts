import "server-only";
import type { PrismaClient } from "@prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { generateUsername } from "@/lib/accounts/username";
import { attemptPassword, tooManyMessage } from "@/lib/auth/password-attempt";
import { forgetSubjects } from "@/lib/auth/rate-limit-mutations";
import { evictUser } from "@/lib/auth/session-cache";
import { endAllSessionsOfEveryone, endUserSessions } from "@/lib/auth/session-mutations";
import { isUniqueViolation } from "@/lib/db/errors";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { securityLog } from "@/lib/security/log";

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

/**
 * Checks the password of a signed-in account before a change it confirms. Wrong passwords count against the account
 * like failed sign-ins (a stolen session cookie must not become a way to guess the password).
 */
async function confirmPassword(
  userId: string,
  password: string,
  field: string,
  action: string,
  db: PrismaClient,
): Promise<MutationResult<{ user: { email: string | null; username: string | null } }>> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { passwordHash: true, email: true, username: true },
  });
  const attempt = await attemptPassword({
    accountKey: { scope: "account", subject: userId },
    passwordHash: user?.passwordHash ?? null,
    password,
    userId,
    action,
  });
  if (typeof attempt === "object") return { ok: false, field, error: tooManyMessage(attempt.limited) };
  if (!user || attempt === "invalid") {
    securityLog("password.check-failed", { userId, action });
    return {
      ok: false,
      field,
      error: field === "password" ? "That is not your password" : "That is not your current password",
    };
  }
  return { ok: true, user };
}

export async function changePassword(
  userId: string,
  currentPassword: string,
  newPassword: string,
  db: PrismaClient = defaultClient,
): Promise<MutationResult> {
  const confirmed = await confirmPassword(userId, currentPassword, "currentPassword", "change-password", db);
  if (!confirmed.ok) return confirmed;
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(newPassword) } });
  // Every session ends, this one included: whoever else held one does not keep it.
  await endUserSessions(userId, db);
  securityLog("password.changed", { userId });
  return { ok: true };
}

export async function endAllSessions(userId: string, db: PrismaClient = defaultClient): Promise<void> {
  await endUserSessions(userId, db);
  securityLog("sessions.ended", { userId });
}

/**
 * Sets the account's sign-in email after checking its password. `changed` is false when another account uses the
 * address; callers answer both cases alike, so the form does not tell who has an account (docs/security.md).
 */
export async function setEmail(
  userId: string,
  currentPassword: string,
  email: string,
  db: PrismaClient = defaultClient,
): Promise<MutationResult<{ changed: boolean }>> {
  const confirmed = await confirmPassword(userId, currentPassword, "currentPassword", "change-email", db);
  if (!confirmed.ok) return confirmed;
  try {
    await db.user.update({ where: { id: userId }, data: { email } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    securityLog("email.refused", { userId, reason: "in-use" });
    return { ok: true, changed: false };
  }
  // The old address no longer names this account: its sign-in counters go with it.
  if (confirmed.user.email && confirmed.user.email !== email) {
    await forgetSubjects([{ scope: "login", subject: confirmed.user.email, purpose: "signin" }], db);
  }
  securityLog("email.changed", { userId });
  return { ok: true, changed: true };
}

/**
 * Deletes the account after checking the password. Answers and attempts lose their owner (the schema sets it to
 * null), so class statistics keep them without anyone's name; memberships, taught classes and sessions go, and so do
 * the rate-limit counters kept under its id, email and username.
 */
export async function deleteAccount(
  userId: string,
  password: string,
  db: PrismaClient = defaultClient,
): Promise<MutationResult> {
  const confirmed = await confirmPassword(userId, password, "password", "delete-account", db);
  if (!confirmed.ok) return confirmed;
  await db.user.delete({ where: { id: userId } });
  await forgetSubjects(
    [
      { scope: "account", subject: userId },
      ...[confirmed.user.email, confirmed.user.username].flatMap((login) =>
        login ? [{ scope: "login" as const, subject: login, purpose: "signin" }] : [],
      ),
      { scope: "email", subject: userId },
    ],
    db,
  );
  await evictUser(userId);
  securityLog("account.deleted", { userId });
  return { ok: true };
}

export async function setAccountEnabled(
  userId: string,
  enabled: boolean,
  db: PrismaClient = defaultClient,
): Promise<boolean> {
  const result = await db.user.updateMany({
    where: { id: userId, role: "EDUCATOR" },
    data: { disabledAt: enabled ? null : new Date() },
  });
  if (result.count === 1 && !enabled) await endUserSessions(userId, db);
  return result.count === 1;
}

/** Ends an educator's sessions without disabling the account; false when the id is no educator's. */
export async function endEducatorSessions(userId: string, db: PrismaClient = defaultClient): Promise<boolean> {
  if ((await db.user.count({ where: { id: userId, role: "EDUCATOR" } })) !== 1) return false;
  await endUserSessions(userId, db);
  return true;
}

export async function endEverySession(db: PrismaClient = defaultClient): Promise<void> {
  await endAllSessionsOfEveryone(db);
}

export async function setOpenSignUp(open: boolean, db: PrismaClient = defaultClient): Promise<void> {
  await db.setting.upsert({
    where: { key: "openSignUp" },
    create: { key: "openSignUp", value: String(open) },
    update: { value: String(open) },
  });
}
