import { beforeAll, describe, expect, it } from "vitest";
import { createTraineeInClass } from "@/lib/accounts/mutations";
import { findUserForSignIn } from "@/lib/auth/data";
import { consume, LIMITS, storedKey, TooManyAttempts, type LimitKey } from "@/lib/auth/rate-limit-mutations";
import { findOwnedClass, listClassesForEducator } from "@/lib/classes/data";
import { createClass, setArchived } from "@/lib/classes/mutations";
import { isUniqueViolation } from "@/lib/db/errors";
import { prisma } from "@/lib/db/prisma";
import { createExercise } from "@/lib/exercises/mutations";
import { findItemForAnswer } from "@/lib/practice/answer-data";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import { findAttemptForUser } from "@/lib/practice/data";
import { startExerciseAttempt } from "@/lib/practice/mutations";
import { answerFor, createUser, idempotencyKey, seedFixtureBank } from "@/tests/support/factories";
import { testEngine } from "@/tests/support/test-database";

// What differs between SQLite and PostgreSQL underneath Prisma, pinned on whichever engine this run uses
// (TEST_DATABASE): raw SQL results, dates, constraint errors, NULL ordering, case, and concurrent counters.
describe(`on ${testEngine}`, () => {
  let educatorId: string;
  beforeAll(async () => {
    await seedFixtureBank(prisma);
    educatorId = (await createUser(prisma, { role: "EDUCATOR" })).id;
  });

  it("recognises a unique violation from the query builder and from a raw statement, and nothing else", async () => {
    const user = await createUser(prisma);
    const fromBuilder = await prisma.user
      .create({ data: { email: user.email, displayName: "x", passwordHash: "x" } })
      .catch((e: unknown) => e);
    const fromRaw =
      await prisma.$executeRaw`INSERT INTO "User" ("id", "email", "displayName", "passwordHash") VALUES (${"dup"}, ${user.email}, ${"x"}, ${"x"})`.catch(
        (e: unknown) => e,
      );
    const foreignKey =
      await prisma.$executeRaw`INSERT INTO "Attempt" ("id", "userId", "size") VALUES (${"fk"}, ${"no-such-user"}, ${1})`.catch(
        (e: unknown) => e,
      );
    const notNull =
      await prisma.$executeRaw`INSERT INTO "User" ("id", "displayName", "passwordHash") VALUES (${"nn"}, ${null}, ${"x"})`.catch(
        (e: unknown) => e,
      );
    expect([isUniqueViolation(fromBuilder), isUniqueViolation(fromRaw)]).toEqual([true, true]);
    expect([
      foreignKey instanceof Error,
      isUniqueViolation(foreignKey),
      notNull instanceof Error,
      isUniqueViolation(notNull),
    ]).toEqual([true, false, true, false]);
    expect(isUniqueViolation(new Error("UNIQUE constraint failed"))).toBe(false);
  });

  it("reads back through raw SQL the instants written, to the millisecond, with counts as numbers", async () => {
    const classId = (await createClass(educatorId, "Raw SQL")).id;
    const klass = (await findOwnedClass(educatorId, classId))!;
    const opensAt = new Date("2026-03-29T00:30:00.123Z"); // the night Berlin (the tests' TZ) moves its clocks
    const closesAt = new Date(Date.now() + 86_400_000 + 7);
    const created = await createExercise(klass, {
      title: "Raw",
      scenarioIds: (await prisma.scenario.findMany({ take: 2, select: { id: true } })).map((s) => s.id),
      mode: "ASSESSMENT",
      opensAt,
      closesAt,
      attemptsAllowed: 1,
    });
    if (!created.ok) throw new Error(created.error);
    const trainee = (await createTraineeInClass({ classId, displayName: "T", password: "a long enough password" }))
      .userId;
    const started = await startExerciseAttempt(trainee, created.exerciseId);
    if (!started.ok) throw new Error(started.error);
    const attempt = (await findAttemptForUser(started.attemptId, trainee))!;
    const item = (await findItemForAnswer(prisma, trainee, attempt.id, attempt.items[0]!.id))!;
    expect(item.exercise).toEqual({
      id: created.exerciseId,
      classId,
      mode: "ASSESSMENT",
      opensAt,
      closesAt,
      member: true,
      classArchived: false,
      preTestClosedAt: null,
    });
    expect(item.size).toBe(2);
    expect(item.completedAt).toBeNull();

    // Answered at an instant the clocks of the tests' time zone pass twice.
    const createdAt = new Date("2026-10-25T01:59:59.999Z");
    const result = await recordAnswer(trainee, attempt.id, answerFor(attempt.items[0]!), prisma, createdAt);
    expect(result).toMatchObject({ ok: true, attemptComplete: false });
    const stored = await prisma.answer.findUniqueOrThrow({ where: { itemId: item.id } });
    expect(stored.createdAt).toEqual(createdAt);
    expect(stored.points).toBe(2);
    expect((await findItemForAnswer(prisma, trainee, attempt.id, item.id))!.answer).toMatchObject({
      points: 2,
      implicationPoints: 1,
    });
    // Compared in SQL against a bound Date: the same instant on both engines.
    const [same] = await prisma.$queryRaw<
      { n: bigint | number }[]
    >`SELECT COUNT(*) AS "n" FROM "Answer" WHERE "createdAt" = ${createdAt}`;
    const [later] = await prisma.$queryRaw<
      { n: bigint | number }[]
    >`SELECT COUNT(*) AS "n" FROM "Answer" WHERE "createdAt" > ${new Date(createdAt.getTime() - 1)}`;
    expect([Number(same!.n), Number(later!.n)]).toEqual([1, 1]);
  });

  it("lists an educator's archived classes after the active ones (NULLs first on both engines)", async () => {
    const educator = (await createUser(prisma, { role: "EDUCATOR" })).id;
    const archived = await createClass(educator, "Archived");
    await setArchived(educator, archived.id, true);
    const older = await createClass(educator, "Older");
    await prisma.class.update({ where: { id: older.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    await createClass(educator, "Newer");
    expect((await listClassesForEducator(educator)).map((c) => c.name)).toEqual(["Newer", "Older", "Archived"]);
  });

  it("finds an account by email or username whatever case was typed, as both are stored in lower case", async () => {
    const email = `Mixed.Case.${idempotencyKey()}@Example.ORG`;
    await prisma.user.create({ data: { email: email.toLowerCase(), displayName: "M", passwordHash: "x" } });
    const classId = (await createClass(educatorId, "Case")).id;
    const { username } = await createTraineeInClass({ classId, displayName: "U", password: "a long enough password" });
    expect(username).toBe(username.toLowerCase());
    expect(await findUserForSignIn(`  ${email.toUpperCase()} `)).not.toBeNull();
    expect(await findUserForSignIn(username.toUpperCase())).not.toBeNull();
  });

  it("counts points taken at the same moment by the rate limiter exactly, in one statement each", async () => {
    const key: LimitKey = { scope: "address", subject: `203.0.113.${Math.floor(Math.random() * 250)}`, purpose: "x" };
    const allowed = LIMITS.address.points;
    const outcomes = await Promise.allSettled(Array.from({ length: allowed + 5 }, () => consume([key])));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(allowed);
    const row = await prisma.rateLimit.findUniqueOrThrow({ where: { key: storedKey(key) } });
    expect(row.points).toBe(allowed + 5);
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now());
    await expect(consume([key])).rejects.toBeInstanceOf(TooManyAttempts);
  });
});
