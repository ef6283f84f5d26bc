import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";

// A real cookie with a real next-auth token; only the request's cookie jar is the test's.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) }),
}));

const { getSessionUser } = await import("@/lib/auth/session");
const { authOptions } = await import("@/lib/auth/options");
const { changePassword, deleteAccount, endAllSessions, setAccountEnabled } = await import("@/lib/accounts/mutations");
const { prisma } = await import("@/lib/db/prisma");
const { createUser, TEST_PASSWORD } = await import("@/tests/support/factories");

async function signedInCookie(token: Record<string, unknown>, secret = authOptions.secret!) {
  jar.set("next-auth.session-token", await encode({ token, secret }));
}

async function signIn(role = "TRAINEE") {
  const user = await createUser(prisma, { role, displayName: "Session Holder" });
  await signedInCookie({ sub: user.id, name: user.displayName, role, sv: user.sessionVersion });
  return user;
}

beforeEach(() => jar.clear());

describe("getSessionUser, the guard every page, action and route uses", () => {
  it("returns the account behind a valid token, with its role from the database", async () => {
    const user = await signIn("EDUCATOR");
    expect(await getSessionUser()).toEqual({ id: user.id, name: "Session Holder", role: "EDUCATOR" });
  });

  it("returns nobody without a cookie, for a forged or tampered token, or one signed with another secret", async () => {
    expect(await getSessionUser()).toBeNull();
    jar.set("next-auth.session-token", "not-a-token");
    expect(await getSessionUser()).toBeNull();
    const user = await createUser(prisma);
    await signedInCookie({ sub: user.id, sv: 0 }, "another-secret-another-secret-another-secret");
    expect(await getSessionUser()).toBeNull();
  });

  it("refuses a token without a session version, or for an account that does not exist", async () => {
    const user = await createUser(prisma);
    await signedInCookie({ sub: user.id });
    expect(await getSessionUser()).toBeNull();
    await signedInCookie({ sub: "no-such-account", sv: 0 });
    expect(await getSessionUser()).toBeNull();
  });

  it("ends the session at once on sign out everywhere", async () => {
    const user = await signIn();
    expect(await getSessionUser()).not.toBeNull();
    await endAllSessions(user.id);
    expect(await getSessionUser()).toBeNull();
  });

  it("ends the session at once on a password change", async () => {
    const user = await signIn();
    expect(await getSessionUser()).not.toBeNull();
    expect(await changePassword(user.id, TEST_PASSWORD, "a brand new passphrase")).toEqual({ ok: true });
    expect(await getSessionUser()).toBeNull();
  });

  it("ends the session at once when the account is disabled", async () => {
    const user = await signIn("EDUCATOR");
    expect(await getSessionUser()).not.toBeNull();
    expect(await setAccountEnabled(user.id, false)).toBe(true);
    expect(await getSessionUser()).toBeNull();
  });

  it("ends the session at once when the account is deleted", async () => {
    const user = await signIn();
    expect(await getSessionUser()).not.toBeNull();
    expect(await deleteAccount(user.id, TEST_PASSWORD)).toEqual({ ok: true });
    expect(await getSessionUser()).toBeNull();
  });

  it("takes the role from the account, not from the token", async () => {
    const user = await createUser(prisma);
    await signedInCookie({ sub: user.id, role: "ADMIN", sv: 0 });
    expect(await getSessionUser()).toMatchObject({ role: "TRAINEE" });
  });
});
