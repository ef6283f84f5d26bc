import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

// Page loaders check before they read. The session is the test's; the database is real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));

const { loadOwnedClass } = await import("@/lib/classes/loaders");
const { loadOwnAttempt } = await import("@/lib/practice/loaders");
const { prisma } = await import("@/lib/db/prisma");
const { createUser, educatorWithClass, practiceAttempt, seedFixtureBank } = await import("@/tests/support/factories");

// Next.js ends a page with these errors: notFound() and redirect() throw, carrying their outcome in a digest.
const outcome = (error: unknown) => (error as { digest?: string }).digest ?? String(error);
async function settle(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "rendered";
  } catch (error) {
    return outcome(error);
  }
}

beforeEach(() => {
  session.user = null;
});

describe("loadOwnedClass, the guard of every class page", () => {
  it("gives the educator their own class", async () => {
    const { educator, klass } = await educatorWithClass(prisma, "Mine");
    session.user = { id: educator.id, name: "Owner", role: "EDUCATOR" };
    expect((await loadOwnedClass(klass.id)).klass).toMatchObject({ id: klass.id, name: "Mine" });
  });

  it("answers Not found to another educator opening the class or its dashboard", async () => {
    const { klass } = await educatorWithClass(prisma);
    const other = await createUser(prisma, { role: "EDUCATOR" });
    session.user = { id: other.id, name: "Other", role: "EDUCATOR" };
    expect(await settle(loadOwnedClass(klass.id, `/classes/${klass.id}/dashboard`))).toMatch(
      /^NEXT_HTTP_ERROR_FALLBACK;404/,
    );
  });

  it("answers Not found to a trainee, even one in the class", async () => {
    const { klass } = await educatorWithClass(prisma);
    const trainee = await createUser(prisma);
    await prisma.classMember.create({ data: { classId: klass.id, userId: trainee.id } });
    session.user = { id: trainee.id, name: "Trainee", role: "TRAINEE" };
    expect(await settle(loadOwnedClass(klass.id))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it("sends a signed-out visitor to sign in and back", async () => {
    const { klass } = await educatorWithClass(prisma);
    expect(await settle(loadOwnedClass(klass.id))).toContain(`/signin?callbackUrl=%2Fclasses%2F${klass.id}`);
  });
});

describe("loadOwnAttempt, the guard of the practice page", () => {
  it("gives a trainee their own attempt and answers Not found for another trainee's", async () => {
    await seedFixtureBank(prisma);
    const mine = await practiceAttempt(prisma, 5);
    const theirs = await practiceAttempt(prisma, 5);
    session.user = { id: mine.user.id, name: "Me", role: "TRAINEE" };
    expect((await loadOwnAttempt(mine.attempt.id)).attempt.id).toBe(mine.attempt.id);
    expect(await settle(loadOwnAttempt(theirs.attempt.id))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});
