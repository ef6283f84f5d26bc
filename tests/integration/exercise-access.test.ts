import { beforeAll, describe, expect, it } from "vitest";
import { exportAccountData } from "@/lib/accounts/data";
import type { OwnedClass } from "@/lib/classes/types";
import { removeMember, setArchived } from "@/lib/classes/mutations";
import { prisma } from "@/lib/db/prisma";
import { createExercise } from "@/lib/exercises/mutations";
import type { CreateExerciseInput } from "@/lib/exercises/schema";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import { findAttemptForUser, listAttemptHistory, listHeldAssessments } from "@/lib/practice/data";
import { startExerciseAttempt } from "@/lib/practice/mutations";
import { answerFor, educatorWithClass, seedFixtureBank, traineeIn } from "@/tests/support/factories";

// Who may still answer an exercise, and what a trainee sees of an assessment before it closes.

const HOUR = 3_600_000;
let scenarioIds: string[];

beforeAll(async () => {
  await seedFixtureBank(prisma);
  scenarioIds = (await prisma.scenario.findMany({ where: { isLatest: true }, orderBy: { slug: "asc" }, take: 3 })).map(
    (s) => s.id,
  );
});

async function classWithExercise(overrides: Partial<Omit<CreateExerciseInput, "classId">> = {}) {
  const { educator, klass } = await educatorWithClass(prisma);
  const created = await createExercise(klass, {
    title: "Week 2",
    scenarioIds,
    mode: "PRACTICE",
    opensAt: new Date(Date.now() - HOUR),
    closesAt: new Date(Date.now() + HOUR),
    attemptsAllowed: 1,
    ...overrides,
  });
  if (!created.ok) throw new Error(created.error);
  const traineeId = await traineeIn(klass);
  const started = await startExerciseAttempt(traineeId, created.exerciseId);
  if (!started.ok) throw new Error(started.error);
  const attempt = (await findAttemptForUser(started.attemptId, traineeId))!;
  return { educator, klass: klass as OwnedClass, exerciseId: created.exerciseId, traineeId, attempt };
}

const answersOf = (attemptId: string) => prisma.answer.count({ where: { attemptId } });

describe("answering an exercise", () => {
  it("refuses a trainee removed from the class after starting, and stores nothing", async () => {
    const { educator, klass, traineeId, attempt } = await classWithExercise();
    expect(await recordAnswer(traineeId, attempt.id, answerFor(attempt.items[0]!))).toMatchObject({ ok: true });
    const member = await prisma.classMember.findFirstOrThrow({ where: { classId: klass.id, userId: traineeId } });
    expect(await removeMember(educator.id, klass.id, member.id)).toBe(true);
    expect(await recordAnswer(traineeId, attempt.id, answerFor(attempt.items[1]!))).toMatchObject({
      ok: false,
      reason: "not-a-member",
    });
    expect(await answersOf(attempt.id)).toBe(1);
    // The page no longer offers the next question either.
    expect((await findAttemptForUser(attempt.id, traineeId))!.exercise).toMatchObject({ access: "removed" });
  });

  it("refuses a member once the class is archived, and stores nothing", async () => {
    const { educator, klass, traineeId, attempt } = await classWithExercise();
    expect(await setArchived(educator.id, klass.id, true)).toBe(true);
    expect(await recordAnswer(traineeId, attempt.id, answerFor(attempt.items[0]!))).toMatchObject({
      ok: false,
      reason: "class-archived",
    });
    expect(await answersOf(attempt.id)).toBe(0);
    expect((await findAttemptForUser(attempt.id, traineeId))!.exercise).toMatchObject({ access: "archived" });
  });

  it("does not start an exercise of an archived class, nor one the trainee was removed from", async () => {
    const archived = await classWithExercise({ attemptsAllowed: 3 });
    await recordAnswer(archived.traineeId, archived.attempt.id, answerFor(archived.attempt.items[0]!));
    await prisma.attempt.update({ where: { id: archived.attempt.id }, data: { completedAt: new Date() } });
    await setArchived(archived.educator.id, archived.klass.id, true);
    expect(await startExerciseAttempt(archived.traineeId, archived.exerciseId)).toMatchObject({
      ok: false,
      reason: "not-found",
    });

    const removed = await classWithExercise({ attemptsAllowed: 3 });
    await prisma.classMember.deleteMany({ where: { classId: removed.klass.id, userId: removed.traineeId } });
    // Not even the unfinished attempt is handed back.
    expect(await startExerciseAttempt(removed.traineeId, removed.exerciseId)).toMatchObject({
      ok: false,
      reason: "not-found",
    });
  });
});

describe("an assessment's key and scores before it closes", () => {
  async function answeredAssessment() {
    const setup = await classWithExercise({ mode: "ASSESSMENT" });
    for (const item of setup.attempt.items) {
      expect(await recordAnswer(setup.traineeId, setup.attempt.id, answerFor(item))).toMatchObject({
        ok: true,
        feedback: null,
      });
    }
    const closesAt = (await prisma.exercise.findUniqueOrThrow({ where: { id: setup.exerciseId } })).closesAt;
    return { ...setup, closesAt };
  }

  it("are left out of the data download until it closes, then included", async () => {
    const { traineeId, closesAt } = await answeredAssessment();
    const before = await exportAccountData(traineeId);
    const attempt = before!.account.attempts[0]!;
    expect(attempt).toMatchObject({ resultsAvailableAt: closesAt.toISOString() });
    expect(attempt.answers).toHaveLength(3);
    const text = JSON.stringify(before);
    for (const field of ["primaryNarrative", "correctImplication", "points", "narrativePoints", "implicationPoints"]) {
      expect(text).not.toContain(`"${field}"`);
    }

    const after = await exportAccountData(traineeId, prisma, new Date(closesAt.getTime() + 1000));
    expect(after!.account.attempts[0]!.answers[0]).toHaveProperty("primaryNarrative");
    expect(after!.account.attempts[0]!.answers[0]).toHaveProperty("points", 2);
  });

  it("are left out of the progress page until it closes, which names it as held", async () => {
    const { traineeId, exerciseId, closesAt } = await answeredAssessment();
    expect(await listAttemptHistory(traineeId)).toEqual([]);
    expect(await listHeldAssessments(traineeId)).toEqual([expect.objectContaining({ id: exerciseId })]);
    const later = new Date(closesAt.getTime() + 1000);
    expect(await listAttemptHistory(traineeId, later)).toHaveLength(1);
    expect(await listHeldAssessments(traineeId, later)).toEqual([]);
  });
});
