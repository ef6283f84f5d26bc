import { describe, expect, it } from "vitest";
import { authOptions, authorizeCredentials } from "@/lib/auth/options";
import { TooManyAttempts } from "@/lib/auth/rate-limit-mutations";
import { prisma } from "@/lib/db/prisma";
import { captureSecurityLog } from "@/lib/security/log";
import { createUser, TEST_PASSWORD } from "@/tests/support/factories";

const jwt = authOptions.callbacks!.jwt!;
const signIn = (login: string | null, password: string, address: string) =>
  authorizeCredentials({ login, password }, address);

/** Runs `count` sign-ins at once and sorts their outcomes. */
async function inParallel(count: number, attempt: (i: number) => Promise<unknown>) {
  const results = await Promise.allSettled(Array.from({ length: count }, (_, i) => attempt(i)));
  return {
    refusedAsWrong: results.filter((r) => r.status === "fulfilled" && r.value === null).length,
    accepted: results.filter((r) => r.status === "fulfilled" && r.value !== null).length,
    limited: results.filter((r) => r.status === "rejected" && r.reason instanceof TooManyAttempts).length,
  };
}

describe("signing in with email and password", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await createUser(prisma, { email: "someone@test.local" });
    expect(await signIn(" SOMEONE@test.local ", TEST_PASSWORD, "10.0.0.1")).toMatchObject({ id: user.id });
  });

  it("refuses a wrong password, an unknown account, a disabled account and junk", async () => {
    const user = await createUser(prisma);
    expect(await signIn(user.email, "wrong password", "10.0.0.2")).toBeNull();
    expect(await signIn("nobody@test.local", TEST_PASSWORD, "10.0.0.2")).toBeNull();
    expect(await authorizeCredentials({ login: "x".repeat(10_000), password: "y" }, "10.0.0.2")).toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await signIn(user.email, TEST_PASSWORD, "10.0.0.2")).toBeNull();
  });

  it("takes as long to refuse a disabled account as a wrong password", async () => {
    const disabled = await createUser(prisma);
    await prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const active = await createUser(prisma);
    const time = async (login: string | null, password: string) => {
      const started = performance.now();
      await signIn(login, password, "10.0.9.1");
      return performance.now() - started;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const disabledTimes: number[] = [];
    const wrongTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      disabledTimes.push(await time(disabled.email, TEST_PASSWORD));
      wrongTimes.push(await time(active.email, "wrong password"));
    }
    // Both verify a memory-hard hash (tens of milliseconds); refusing without one takes a few, under a twentieth. The
    // margin is wide because other test files share the machine's cores.
    expect(median(disabledTimes)).toBeGreaterThan(median(wrongTimes) * 0.25);
  });

  it("logs successes and failures as JSON lines without the password or the login typed", async () => {
    const user = await createUser(prisma, { email: "logged@test.local" });
    const lines: string[] = [];
    const restore = captureSecurityLog((line) => lines.push(line));
    try {
      await signIn("logged@test.local", "secret wrong password", "10.0.8.1");
      await signIn("logged@test.local", TEST_PASSWORD, "10.0.8.1");
    } finally {
      restore();
    }
    const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(events).toEqual([
      expect.objectContaining({
        event: "signin.failed",
        userId: user.id,
        reason: "wrong-password",
        address: "10.0.8.1",
      }),
      expect.objectContaining({ event: "signin.succeeded", userId: user.id, level: "info", type: "security" }),
    ]);
    expect(lines.join("\n")).not.toMatch(/secret wrong password|correct horse|logged@test\.local/);
  });
});

describe("sign-in rate limiting", () => {
  it("refuses an account after 10 failures in the window, even with the right password, saying when to retry", async () => {
    const user = await createUser(prisma, { email: "limited@test.local" });
    for (let i = 0; i < 10; i++) expect(await signIn("limited@test.local", "wrong", `10.2.0.${i}`)).toBeNull();
    const attempt = signIn("limited@test.local", TEST_PASSWORD, "10.2.1.1");
    await expect(attempt).rejects.toBeInstanceOf(TooManyAttempts);
    await expect(attempt).rejects.toThrow(/Try again in 1[45] minutes/);
    // Another client address does not lift the account's lock.
    await expect(signIn(user.email, TEST_PASSWORD, "10.2.9.9")).rejects.toBeInstanceOf(TooManyAttempts);
  });

  it("allows exactly 10 guesses when 30 arrive at once", async () => {
    const user = await createUser(prisma);
    const outcome = await inParallel(30, (i) => signIn(user.email, `wrong ${i}`, `10.4.${i}.1`));
    expect(outcome).toEqual({ refusedAsWrong: 10, accepted: 0, limited: 20 });
  });

  it("counts per account, not per login name: email and username share the 10", async () => {
    const user = await createUser(prisma);
    await prisma.user.update({ where: { id: user.id }, data: { username: "brave-otter-123" } });
    const outcome = await inParallel(30, (i) =>
      signIn(i % 2 === 0 ? user.email : "Brave-Otter-123", `wrong ${i}`, `10.5.${i}.1`),
    );
    expect(outcome).toEqual({ refusedAsWrong: 10, accepted: 0, limited: 20 });
  });

  it("counts unknown login names alike, so a missing account behaves like a present one", async () => {
    const outcome = await inParallel(12, (i) => signIn("nobody-here@test.local", "whatever", `10.6.${i}.1`));
    expect(outcome).toEqual({ refusedAsWrong: 10, accepted: 0, limited: 2 });
  });

  it("does not count a right password as a failure", async () => {
    const user = await createUser(prisma);
    for (let i = 0; i < 9; i++) await signIn(user.email, "wrong", `10.7.${i}.1`);
    for (let i = 0; i < 5; i++) expect(await signIn(user.email, TEST_PASSWORD, `10.7.20.${i}`)).not.toBeNull();
    expect(await signIn(user.email, "wrong", "10.7.30.1")).toBeNull();
    await expect(signIn(user.email, TEST_PASSWORD, "10.7.30.2")).rejects.toBeInstanceOf(TooManyAttempts);
  });

  it("refuses a client address after 10 failures across accounts", async () => {
    for (let i = 0; i < 10; i++) await signIn(`nobody${i}@test.local`, "wrong", "10.3.0.1");
    const other = await createUser(prisma);
    await expect(signIn(other.email, TEST_PASSWORD, "10.3.0.1")).rejects.toBeInstanceOf(TooManyAttempts);
    expect(await signIn(other.email, TEST_PASSWORD, "10.3.0.2")).not.toBeNull();
  });

  it("keeps no login name or address in the table, and drops expired counters", async () => {
    await signIn("visible-name@test.local", "wrong", "192.0.2.77");
    const rows = await prisma.rateLimit.findMany();
    expect(JSON.stringify(rows)).not.toMatch(/visible-name|192\.0\.2\.77/);
    await prisma.rateLimit.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    // The sweep runs at most once a minute per process: move the clock on.
    const later = Date.now() + 120_000;
    const { consume } = await import("@/lib/auth/rate-limit-mutations");
    await consume([{ scope: "address", subject: "192.0.2.78" }], prisma, new Date(later));
    expect(await prisma.rateLimit.count({ where: { expiresAt: { lte: new Date() } } })).toBe(0);
  });
});

describe("session tokens", () => {
  it("end the session the browser held before, on a successful sign-in only", async () => {
    const { createSession } = await import("@/lib/auth/session-mutations");
    const user = await createUser(prisma);
    const before = await createSession(user.id);
    expect(await authorizeCredentials({ login: user.email, password: "wrong" }, "10.8.0.1", before.id)).toBeNull();
    expect(await prisma.session.count({ where: { id: before.id } })).toBe(1);
    expect(
      await authorizeCredentials({ login: user.email, password: TEST_PASSWORD }, "10.8.0.1", before.id),
    ).not.toBeNull();
    expect(await prisma.session.count({ where: { id: before.id } })).toBe(0);
  });

  it("start a server-side session at sign-in and carry its id and end", async () => {
    const user = await createUser(prisma);
    const token = await jwt({
      token: {},
      user: { id: user.id, name: "n", role: "TRAINEE", sessionVersion: 0 } as never,
      account: null,
    });
    const session = await prisma.session.findUniqueOrThrow({ where: { id: token.sid as string } });
    expect(session.userId).toBe(user.id);
    expect(token).toMatchObject({ sub: user.id, sv: 0, sx: Math.floor(session.expiresAt.getTime() / 1000) });
  });
});
