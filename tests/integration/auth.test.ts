import { describe, expect, it } from "vitest";
import { authOptions, authorizeCredentials } from "@/lib/auth/options";
import { prisma } from "@/lib/db/prisma";
import { createUser } from "@/tests/support/factories";

const jwt = authOptions.callbacks!.jwt!;

describe("signing in with email and password", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await createUser(prisma, { email: "someone@test.local" });
    expect(await authorizeCredentials({ email: " SOMEONE@test.local ", password: "correct horse battery" })).toMatchObject({ id: user.id });
  });

  it("refuses a wrong password, an unknown account, a disabled account and junk", async () => {
    const user = await createUser(prisma);
    expect(await authorizeCredentials({ email: user.email, password: "wrong password" })).toBeNull();
    expect(await authorizeCredentials({ email: "nobody@test.local", password: "correct horse battery" })).toBeNull();
    expect(await authorizeCredentials({ email: "x".repeat(10_000), password: "y" })).toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await authorizeCredentials({ email: user.email, password: "correct horse battery" })).toBeNull();
  });
});

describe("session tokens", () => {
  it("stay valid until the user's session version changes", async () => {
    const user = await createUser(prisma);
    const token = { sub: user.id, role: "TRAINEE", sv: 0 };
    const call = (t: typeof token) => jwt({ token: t, user: undefined as never, account: null, trigger: "update" });
    expect(await call(token)).not.toHaveProperty("revoked");
    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await call(token)).toMatchObject({ revoked: true });
  });
});
