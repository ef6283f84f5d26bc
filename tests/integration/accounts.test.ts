import { describe, expect, it } from "vitest";
import { exportAccountData } from "@/lib/accounts/data";
import { changePassword, createEducator, deleteAccount, setAccountEnabled, setEmail } from "@/lib/accounts/mutations";
import { authorizeCredentials } from "@/lib/auth/options";
import { TooManyAttempts } from "@/lib/auth/rate-limit-mutations";
import { prisma } from "@/lib/db/prisma";
import { displayNameSchema } from "@/lib/forms/fields";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import { answerFor, createUser, practiceAttempt, seedFixtureBank, TEST_PASSWORD } from "@/tests/support/factories";

describe("password changes", () => {
  it("refuse a wrong current password and change nothing", async () => {
    const user = await createUser(prisma);
    expect(await changePassword(user.id, "not my password", "another long password")).toMatchObject({
      ok: false,
      field: "currentPassword",
    });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ sessionVersion: 0, passwordHash: user.passwordHash });
  });

  it("let the new password sign in, and not the old one", async () => {
    const user = await createUser(prisma);
    expect(await changePassword(user.id, TEST_PASSWORD, "another long password")).toEqual({ ok: true });
    expect(
      await authorizeCredentials({ login: user.email, password: "another long password" }, "10.1.0.1"),
    ).not.toBeNull();
    expect(await authorizeCredentials({ login: user.email, password: TEST_PASSWORD }, "10.1.0.1")).toBeNull();
  });

  it("count wrong current passwords against the account like failed sign-ins", async () => {
    const user = await createUser(prisma);
    for (let i = 0; i < 10; i++) {
      expect(await changePassword(user.id, `guess ${i}`, "another long password")).toMatchObject({ ok: false });
    }
    expect(await changePassword(user.id, TEST_PASSWORD, "another long password")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Too many attempts/),
    });
    await expect(
      authorizeCredentials({ login: user.email, password: TEST_PASSWORD }, "10.1.0.9"),
    ).rejects.toBeInstanceOf(TooManyAttempts);
  });

  it("let an administrator disable educators only, never an administrator or a trainee", async () => {
    const educator = await createUser(prisma, { role: "EDUCATOR" });
    expect(await setAccountEnabled(educator.id, false)).toBe(true);
    expect(await authorizeCredentials({ login: educator.email, password: TEST_PASSWORD }, "10.1.0.2")).toBeNull();
    const admin = await createUser(prisma, { role: "ADMIN" });
    expect(await setAccountEnabled(admin.id, false)).toBe(false);
    const trainee = await createUser(prisma);
    expect(await setAccountEnabled(trainee.id, false)).toBe(false);
  });
});

describe("changing the sign-in email", () => {
  it("needs the current password", async () => {
    const user = await createUser(prisma);
    expect(await setEmail(user.id, "wrong password", "new-address@test.local")).toMatchObject({
      ok: false,
      field: "currentPassword",
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect(await setEmail(user.id, TEST_PASSWORD, "new-address@test.local")).toEqual({ ok: true, changed: true });
  });

  it("leaves an address another account uses with that account, and says so to no one", async () => {
    const owner = await createUser(prisma, { email: "taken@test.local" });
    const other = await createUser(prisma);
    expect(await setEmail(other.id, TEST_PASSWORD, "taken@test.local")).toEqual({ ok: true, changed: false });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).email).toBe("taken@test.local");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: other.id } })).email).toBe(other.email);
  });
});

describe("deleting an account", () => {
  it("anonymises the answers instead of keeping them under the name", async () => {
    await seedFixtureBank(prisma);
    const { user, attempt } = await practiceAttempt(prisma, 5);
    const { id } = attempt;
    expect(await recordAnswer(user.id, id, answerFor(attempt.items[0]!))).toMatchObject({ ok: true });
    expect(await deleteAccount(user.id, "wrong password")).toMatchObject({ ok: false });
    expect(await deleteAccount(user.id, "correct horse battery")).toEqual({ ok: true });
    expect(await prisma.user.count({ where: { id: user.id } })).toBe(0);
    const answers = await prisma.answer.findMany({ where: { attemptId: id } });
    expect(answers).toHaveLength(1);
    expect(answers[0]!.userId).toBeNull();
  });
});

describe("account data", () => {
  it("exports the account without its password hash", async () => {
    const user = await createUser(prisma);
    const data = await exportAccountData(user.id);
    expect(data).toMatchObject({ format: "account-data", account: { id: user.id, email: user.email } });
    expect(JSON.stringify(data)).not.toContain("argon2");
  });

  it("stores hostile names as plain text, and refuses invisible characters and oversized names", async () => {
    const hostile = `<script>alert("x")</script> O'Brien"; DROP TABLE User;--`;
    const result = await createEducator({
      name: hostile,
      email: "hostile@test.local",
      password: "a long enough password",
    });
    expect(result.ok).toBe(true);
    expect((await prisma.user.findUniqueOrThrow({ where: { email: "hostile@test.local" } })).displayName).toBe(hostile);
    expect(displayNameSchema.safeParse("Evil\u202Egnp.exe").success).toBe(false);
    expect(displayNameSchema.safeParse("a\u0000b").success).toBe(false);
    expect(displayNameSchema.safeParse("x".repeat(10_000)).success).toBe(false);
    expect(
      await createEducator({ name: "Twin", email: "hostile@test.local", password: "a long enough password" }),
    ).toMatchObject({ ok: false, field: "email" });
  });
});

describe("administrators ending sessions", () => {
  it("end one educator's sessions without disabling the account, and nobody else's", async () => {
    const { createSession } = await import("@/lib/auth/session-mutations");
    const { endEducatorSessions } = await import("@/lib/accounts/mutations");
    const educator = await createUser(prisma, { role: "EDUCATOR" });
    const trainee = await createUser(prisma);
    await createSession(educator.id);
    await createSession(trainee.id);
    expect(await endEducatorSessions(educator.id)).toBe(true);
    expect(await prisma.session.count({ where: { userId: educator.id } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: trainee.id } })).toBe(1);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: educator.id } })).disabledAt).toBeNull();
    // Only educators, as the admin page offers.
    expect(await endEducatorSessions(trainee.id)).toBe(false);
    expect(await prisma.session.count({ where: { userId: trainee.id } })).toBe(1);
  });

  it("end every session of everyone", async () => {
    const { createSession } = await import("@/lib/auth/session-mutations");
    const { endEverySession } = await import("@/lib/accounts/mutations");
    await createSession((await createUser(prisma)).id);
    await endEverySession();
    expect(await prisma.session.count()).toBe(0);
  });
});

describe("deleting an account removes its identifiers everywhere", () => {
  it("takes its sessions and its rate-limit counters with it", async () => {
    const { createSession } = await import("@/lib/auth/session-mutations");
    const { storedKey } = await import("@/lib/auth/rate-limit-mutations");
    const user = await createUser(prisma, { email: "leaving@test.local" });
    await prisma.user.update({ where: { id: user.id }, data: { username: "quiet-heron-123" } });
    await createSession(user.id);
    await authorizeCredentials({ login: "leaving@test.local", password: "wrong" }, "10.9.0.1");
    const accountKey = storedKey({ scope: "account", subject: user.id });
    expect(await prisma.rateLimit.count({ where: { key: accountKey } })).toBe(1);
    expect(await deleteAccount(user.id, TEST_PASSWORD)).toEqual({ ok: true });
    expect(await prisma.rateLimit.count({ where: { key: accountKey } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });
});
