import { describe, expect, it } from "vitest";
import { authOptions, authorizeCredentials } from "@/lib/auth/options";
import { endAllSessions } from "@/lib/accounts/mutations";
import { prisma } from "@/lib/db/prisma";
import { createUser } from "@/tests/support/factories";

const jwt = authOptions.callbacks!.jwt!;

describe("signing in with email and password", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await createUser(prisma, { email: "someone@test.local" });
    expect(
      await authorizeCredentials({ login: " SOMEONE@test.local ", password: "correct horse battery" }, "10.0.0.1"),
    ).toMatchObject({ id: user.id });
  });

  it("refuses a wrong password, an unknown account, a disabled account and junk", async () => {
    const user = await createUser(prisma);
    expect(await authorizeCredentials({ login: user.email, password: "wrong password" }, "10.0.0.2")).toBeNull();
    expect(
      await authorizeCredentials({ login: "nobody@test.local", password: "correct horse battery" }, "10.0.0.2"),
    ).toBeNull();
    expect(await authorizeCredentials({ login: "x".repeat(10_000), password: "y" }, "10.0.0.2")).toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await authorizeCredentials({ login: user.email, password: "correct horse battery" }, "10.0.0.2")).toBeNull();
  });
});

describe("session tokens", () => {
  it("stay valid until the user's session version changes", async () => {
    const user = await createUser(prisma);
    const token = { sub: user.id, role: "TRAINEE", sv: 0 };
    const call = (t: typeof token) => jwt({ token: t, user: undefined as never, account: null, trigger: "update" });
    expect(await call(token)).not.toHaveProperty("revoked");
    await endAllSessions(user.id);
    expect(await call(token)).toMatchObject({ revoked: true });
  });
});
