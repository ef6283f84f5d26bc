import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// A real cookie with a real next-auth token and a real server-side session; only the request's cookie jar is the
// test's.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string, options: { maxAge?: number }) =>
      options.maxAge === 0 ? jar.delete(name) : jar.set(name, value),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;${to}` });
  },
}));

const { getSessionUser } = await import("@/lib/auth/session");
const { authOptions } = await import("@/lib/auth/options");
const { signOutAction } = await import("@/lib/auth/actions");
const { createSession, endSession } = await import("@/lib/auth/session-mutations");
const { TOUCH_INTERVAL_MS, sessionLifetime } = await import("@/lib/auth/session-lifetime");
const { changePassword, deleteAccount, endAllSessions, setAccountEnabled } = await import("@/lib/accounts/mutations");
const { prisma } = await import("@/lib/db/prisma");
const { createUser, TEST_PASSWORD } = await import("@/tests/support/factories");

const COOKIE = "next-auth.session-token";

async function setToken(token: Record<string, unknown>, secret = authOptions.secret!) {
  jar.set(COOKIE, await encode({ token, secret }));
}

/** Signs in as next-auth does: a server-side session, and a token carrying its id. */
async function signIn(role = "TRAINEE") {
  const user = await createUser(prisma, { role, displayName: "Session Holder" });
  const session = await createSession(user.id);
  await setToken({ sub: user.id, name: user.displayName, role, sv: user.sessionVersion, sid: session.id });
  return { user, session, cookie: jar.get(COOKIE)! };
}

/** The same cookie, sent again from elsewhere (copied out of the browser). */
const replay = (cookie: string) => jar.set(COOKIE, cookie);

// getSessionUser is cached per request (React cache): outside a request each call runs afresh.
beforeEach(() => jar.clear());
afterEach(() => vi.useRealTimers());

describe("getSessionUser, the guard every page, action and route uses", () => {
  it("returns the account behind a valid token, with its role from the database", async () => {
    const { user } = await signIn("EDUCATOR");
    expect(await getSessionUser()).toEqual({ id: user.id, name: "Session Holder", role: "EDUCATOR" });
  });

  it("returns nobody without a cookie, for a forged or tampered token, or one signed with another secret", async () => {
    expect(await getSessionUser()).toBeNull();
    jar.set(COOKIE, "not-a-token");
    expect(await getSessionUser()).toBeNull();
    const { user, session } = await signIn();
    await setToken({ sub: user.id, sv: 0, sid: session.id }, "another-secret-another-secret-another-secret");
    expect(await getSessionUser()).toBeNull();
  });

  it("refuses a token without a server-side session, a session version, or for another account's session", async () => {
    const { user, session } = await signIn();
    await setToken({ sub: user.id, sv: 0 });
    expect(await getSessionUser()).toBeNull();
    await setToken({ sub: user.id, sid: session.id });
    expect(await getSessionUser()).toBeNull();
    await setToken({ sub: user.id, sv: 0, sid: "no-such-session" });
    expect(await getSessionUser()).toBeNull();
    const other = await createUser(prisma);
    await setToken({ sub: other.id, sv: 0, sid: session.id });
    expect(await getSessionUser()).toBeNull();
  });

  it("takes the role from the account, not from the token", async () => {
    const { user, session } = await signIn();
    await setToken({ sub: user.id, role: "ADMIN", sv: 0, sid: session.id });
    expect(await getSessionUser()).toMatchObject({ role: "TRAINEE" });
  });
});

describe("ending sessions", () => {
  it("signing out ends the session on the server: a copied cookie stops working", async () => {
    const { cookie } = await signIn();
    expect(await getSessionUser()).not.toBeNull();
    await expect(signOutAction(new FormData())).rejects.toMatchObject({ digest: "NEXT_REDIRECT;/" });
    expect(jar.has(COOKIE)).toBe(false);
    replay(cookie);
    expect(await getSessionUser()).toBeNull();
  });

  it("signing out ends only that session", async () => {
    const first = await signIn();
    const second = await createSession(first.user.id);
    await endSession(first.session.id);
    replay(first.cookie);
    expect(await getSessionUser()).toBeNull();
    await setToken({ sub: first.user.id, sv: 0, sid: second.id });
    expect(await getSessionUser()).not.toBeNull();
  });

  it.each([
    ["sign out everywhere", (id: string) => endAllSessions(id)],
    ["a password change", (id: string) => changePassword(id, TEST_PASSWORD, "a brand new passphrase")],
    ["deleting the account", (id: string) => deleteAccount(id, TEST_PASSWORD)],
  ])("ends every session at once on %s", async (_, end) => {
    const { user, cookie } = await signIn();
    expect(await getSessionUser()).not.toBeNull();
    await end(user.id);
    replay(cookie);
    expect(await getSessionUser()).toBeNull();
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("ends every session at once when an administrator disables the account", async () => {
    const { user, cookie } = await signIn("EDUCATOR");
    expect(await getSessionUser()).not.toBeNull();
    expect(await setAccountEnabled(user.id, false)).toBe(true);
    replay(cookie);
    expect(await getSessionUser()).toBeNull();
  });

  it("refuses a token from before the last sign out everywhere, even with a new session of the account", async () => {
    const { user } = await signIn();
    await endAllSessions(user.id);
    const fresh = await createSession(user.id);
    await setToken({ sub: user.id, sv: 0, sid: fresh.id });
    expect(await getSessionUser()).toBeNull();
    await setToken({ sub: user.id, sv: 1, sid: fresh.id });
    expect(await getSessionUser()).not.toBeNull();
  });
});

describe("session lifetimes", () => {
  it("ends a session after its absolute lifetime, however active", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { cookie } = await signIn();
    const { maxMs, idleMs } = sessionLifetime();
    // Active every half idle period until just before the end.
    for (let t = idleMs / 2; t < maxMs; t += idleMs / 2) {
      vi.setSystemTime(Date.now() + idleMs / 2);
      replay(cookie);
      expect(await getSessionUser(), `at ${t / 60_000} minutes`).not.toBeNull();
    }
    vi.setSystemTime(Date.now() + idleMs / 2);
    replay(cookie);
    expect(await getSessionUser()).toBeNull();
  });

  it("ends a session idle for longer than the idle timeout, and deletes it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { cookie, session } = await signIn();
    const { idleMs } = sessionLifetime();
    vi.setSystemTime(Date.now() + idleMs - 1000);
    expect(await getSessionUser()).not.toBeNull();
    vi.setSystemTime(Date.now() + idleMs + 1000);
    replay(cookie);
    expect(await getSessionUser()).toBeNull();
    expect(await prisma.session.count({ where: { id: session.id } })).toBe(0);
  });

  it("records activity at most once a minute, not on every request", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { session } = await signIn();
    const seen = async () => (await prisma.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt;
    const start = await seen();
    for (let i = 0; i < 5; i++) {
      vi.setSystemTime(Date.now() + 1000);
      expect(await getSessionUser()).not.toBeNull();
    }
    expect(await seen()).toEqual(start);
    vi.setSystemTime(Date.now() + TOUCH_INTERVAL_MS);
    expect(await getSessionUser()).not.toBeNull();
    expect((await seen()).getTime()).toBe(Date.now());
  });

  it("never extends the token past the session's absolute end when next-auth re-issues the cookie", async () => {
    const { user, session } = await signIn();
    const jwt = authOptions.callbacks!.jwt!;
    const token = { sub: user.id, sv: 0, sid: session.id, sx: Math.floor(session.expiresAt.getTime() / 1000) };
    const reissued = await jwt({ token, user: undefined as never, account: null });
    const raw = await authOptions.jwt!.encode!({ token: reissued, secret: authOptions.secret!, maxAge: 30 * 86_400 });
    const { decode } = await import("next-auth/jwt");
    const decoded = await decode({ token: raw, secret: authOptions.secret! });
    expect(decoded!.exp).toBeLessThanOrEqual(token.sx);
  });

  it("refuses to re-issue a cookie for an ended session", async () => {
    const { user, session } = await signIn();
    await endSession(session.id);
    const jwt = authOptions.callbacks!.jwt!;
    await expect(
      jwt({ token: { sub: user.id, sv: 0, sid: session.id }, user: undefined as never, account: null }),
    ).rejects.toThrow(/ended/);
  });
});

describe("the session cache", () => {
  it("is one per process, so a revocation reaches every server bundle at once", async () => {
    const { user, cookie } = await signIn();
    expect(await getSessionUser()).not.toBeNull();
    // Next.js loads modules once per bundle (pages, route handlers, actions): load a second copy, as another bundle.
    vi.resetModules();
    const other = await import("@/lib/auth/session");
    const otherMutations = await import("@/lib/accounts/mutations");
    expect(other.getSessionUser).not.toBe(getSessionUser);
    replay(cookie);
    expect(await other.getSessionUser()).not.toBeNull();
    // Revoked through the other bundle's modules: this bundle refuses at once, and the other does too.
    await otherMutations.endAllSessions(user.id);
    replay(cookie);
    expect(await getSessionUser()).toBeNull();
    replay(cookie);
    expect(await other.getSessionUser()).toBeNull();
  });
});
