import { describe, expect, it } from "vitest";
import { exportAccountData } from "@/lib/accounts/data";
import {
  changePassword,
  createEducator,
  deleteAccount,
  endAllSessions,
  setAccountEnabled,
} from "@/lib/accounts/mutations";
import { authOptions, authorizeCredentials } from "@/lib/auth/options";
import { TooManyAttempts } from "@/lib/auth/rate-limit-data";
import { prisma } from "@/lib/db/prisma";
import { displayNameSchema } from "@/lib/forms/fields";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import { answerFor, createUser, practiceAttempt, seedFixtureBank } from "@/tests/support/factories";

const jwt = authOptions.callbacks!.jwt!;
const tokenState = (sub: string, sv: number) =>
  jwt({ token: { sub, role: "TRAINEE", sv }, user: undefined as never, account: null, trigger: "update" });

describe("password changes and session revocation", () => {
  it("refuse a wrong current password and change nothing", async () => {
    const user = await createUser(prisma);
    expect(await changePassword(user.id, "not my password", "another long password")).toMatchObject({
      ok: false,
      field: "currentPassword",
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });

  it("end every existing session when the password changes", async () => {
    const user = await createUser(prisma);
    expect(await tokenState(user.id, 0)).not.toHaveProperty("revoked");
    expect(await changePassword(user.id, "correct horse battery", "another long password")).toEqual({ ok: true });
    expect(await tokenState(user.id, 0)).toMatchObject({ revoked: true });
    expect(
      await authorizeCredentials({ login: user.email, password: "another long password" }, "10.1.0.1"),
    ).not.toBeNull();
  });

  it("end every session on sign-out everywhere and when an admin disables the account", async () => {
    const user = await createUser(prisma, { role: "EDUCATOR" });
    await endAllSessions(user.id);
    expect(await tokenState(user.id, 0)).toMatchObject({ revoked: true });
    expect(await tokenState(user.id, 1)).not.toHaveProperty("revoked");
    expect(await setAccountEnabled(user.id, false)).toBe(true);
    expect(await tokenState(user.id, 1)).toMatchObject({ revoked: true });
    expect(await authorizeCredentials({ login: user.email, password: "correct horse battery" }, "10.1.0.2")).toBeNull();
  });

  it("never disable an administrator", async () => {
    const admin = await createUser(prisma, { role: "ADMIN" });
    expect(await setAccountEnabled(admin.id, false)).toBe(false);
  });
});

describe("sign-in rate limiting", () => {
  it("refuses an account after 10 failures in the window, even with the right password, saying when to retry", async () => {
    const user = await createUser(prisma, { email: "limited@test.local" });
    for (let i = 0; i < 10; i++)
      expect(await authorizeCredentials({ login: "limited@test.local", password: "wrong" }, `10.2.0.${i}`)).toBeNull();
    const attempt = authorizeCredentials(
      { login: "limited@test.local", password: "correct horse battery" },
      "10.2.1.1",
    );
    await expect(attempt).rejects.toBeInstanceOf(TooManyAttempts);
    await expect(attempt).rejects.toThrow(/Try again in 1[45] minutes/);
    // Another client address does not lift the account's lock.
    await expect(
      authorizeCredentials({ login: user.email!, password: "correct horse battery" }, "10.2.9.9"),
    ).rejects.toBeInstanceOf(TooManyAttempts);
  });

  it("refuses a client address after 10 failures across accounts", async () => {
    for (let i = 0; i < 10; i++)
      await authorizeCredentials({ login: `nobody${i}@test.local`, password: "wrong" }, "10.3.0.1");
    const other = await createUser(prisma);
    await expect(
      authorizeCredentials({ login: other.email, password: "correct horse battery" }, "10.3.0.1"),
    ).rejects.toBeInstanceOf(TooManyAttempts);
    expect(
      await authorizeCredentials({ login: other.email, password: "correct horse battery" }, "10.3.0.2"),
    ).not.toBeNull();
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
