import { beforeAll, describe, expect, it } from "vitest";
import { answerCsv } from "@/lib/dashboards/export-data";
import { prisma } from "@/lib/db/prisma";
import type { OwnedClass } from "@/lib/classes/types";
import { listOpenExercisesForTrainee } from "@/lib/exercises/data";
import { createExercise } from "@/lib/exercises/mutations";
import type { CreateExerciseInput } from "@/lib/exercises/schema";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import { findAttemptForUser } from "@/lib/practice/data";
import { startExerciseAttempt } from "@/lib/practice/mutations";
import { upsertScenarios } from "@/lib/scenarios/mutations";
import {
  answerFor,
  createUser,
  educatorWithClass,
  fixtureBank,
  idempotencyKey,
  seedFixtureBank,
  traineeIn,
} from "@/tests/support/factories";
import { withKey } from "@/tests/support/scenario-fixture";

const HOUR = 3_600_000;
let klass: OwnedClass;
let scenarioIds: string[];

beforeAll(async () => {
  await seedFixtureBank(prisma);
  ({ klass } = await educatorWithClass(prisma, "Exercises"));
  const first = await prisma.scenario.findMany({ where: { isLatest: true }, orderBy: { slug: "asc" }, take: 3 });
  scenarioIds = first.map((s) => s.id);
});

type ExerciseInput = Omit<CreateExerciseInput, "classId">;

function input(overrides: Partial<ExerciseInput> = {}): ExerciseInput {
  return {
    title: "Week 1",
    scenarioIds,
    mode: "PRACTICE",
    opensAt: new Date(Date.now() - HOUR),
    closesAt: new Date(Date.now() + HOUR),
    attemptsAllowed: 1,
    ...overrides,
  };
}

async function exercise(overrides: Partial<ExerciseInput> = {}) {
  const created = await createExercise(klass, input(overrides));
  if (!created.ok) throw new Error(created.error);
  return created.exerciseId;
}

const trainee = () => traineeIn(klass, "=cmd|' /C calc'!A0");

async function answerFirst(userId: string, attemptId: string, key = idempotencyKey()) {
  const item = (await findAttemptForUser(attemptId, userId))!.items.find((i) => !i.answer)!;
  return recordAnswer(userId, attemptId, answerFor(item, { idempotencyKey: key }));
}

describe("creating exercises", () => {
  it("refuses an example scenario: examples illustrate /narratives and are never set as questions", async () => {
    const example = { ...withKey("CORRUPTION", "NOT_SAINTS", 90), purpose: "example" as const };
    await upsertScenarios([...fixtureBank(), example], prisma);
    const stored = await prisma.scenario.findFirstOrThrow({ where: { slug: example.slug, isLatest: true } });
    const result = await createExercise(
      klass,
      input({ title: "With an example", scenarioIds: [scenarioIds[0]!, stored.id] }),
    );
    expect(result).toMatchObject({ ok: false, reason: "unknown-scenarios" });
    expect(await prisma.exercise.count({ where: { title: "With an example" } })).toBe(0);
  });

  it("refuses scenarios outside the current bank and creates nothing", async () => {
    expect(await createExercise(klass, input({ title: "Unknown", scenarioIds: ["not-a-scenario"] }))).toMatchObject({
      ok: false,
      reason: "unknown-scenarios",
    });
    expect(await prisma.exercise.count({ where: { classId: klass.id, title: "Unknown" } })).toBe(0);
  });

  it("pins the scenario versions it was built with", async () => {
    // Two scenarios of its own, so the new version below leaves the other tests' scenarios current.
    const own = [withKey("BRUTALITY", "PLATFORM", 70), withKey("INFIGHTING", "NOT_SAINTS", 71)];
    await upsertScenarios(own, prisma);
    const stored = await prisma.scenario.findMany({ where: { slug: { in: own.map((s) => s.slug) } } });
    const pinned = own.map((s) => stored.find((row) => row.slug === s.slug)!.id);
    const exerciseId = await exercise({ title: "Pinned", scenarioIds: pinned });
    await upsertScenarios([{ ...own[0]!, version: 2, title: "Edited later" }], prisma);
    const first = { slug: own[0]!.slug };
    const started = await startExerciseAttempt(await trainee(), exerciseId);
    expect(started.ok).toBe(true);
    const items = await prisma.attemptItem.findMany({
      where: { attemptId: started.ok ? started.attemptId : "" },
      orderBy: { position: "asc" },
    });
    expect(items.map((i) => i.scenarioId).sort()).toEqual([...pinned].sort());
    expect(await prisma.scenario.count({ where: { slug: first.slug } })).toBe(2);
  });
});

describe("taking exercises", () => {
  it("lists open exercises of the trainee's classes, soonest due first", async () => {
    const userId = await trainee();
    const late = await exercise({ title: "Due later", closesAt: new Date(Date.now() + 5 * HOUR) });
    const soon = await exercise({ title: "Due soon", closesAt: new Date(Date.now() + 2 * HOUR) });
    await exercise({
      title: "Not yet",
      opensAt: new Date(Date.now() + HOUR),
      closesAt: new Date(Date.now() + 9 * HOUR),
    });
    const titles = (await listOpenExercisesForTrainee(userId)).map((e) => e.id);
    expect(titles.indexOf(soon)).toBeLessThan(titles.indexOf(late));
    expect((await listOpenExercisesForTrainee(userId)).map((e) => e.title)).not.toContain("Not yet");
    const outsider = await createUser(prisma);
    expect(await listOpenExercisesForTrainee(outsider.id)).toEqual([]);
  });

  it("refuses outsiders, exercises not yet open or closed, and attempts beyond the allowance; resumes an unfinished one", async () => {
    const userId = await trainee();
    const outsider = await createUser(prisma);
    const open = await exercise();
    expect(await startExerciseAttempt(outsider.id, open)).toMatchObject({ ok: false, reason: "not-found" });
    const upcoming = await exercise({
      opensAt: new Date(Date.now() + HOUR),
      closesAt: new Date(Date.now() + 2 * HOUR),
    });
    expect(await startExerciseAttempt(userId, upcoming)).toMatchObject({ ok: false, reason: "not-open-yet" });
    const first = await startExerciseAttempt(userId, open);
    const again = await startExerciseAttempt(userId, open);
    expect(again).toEqual(first);
    if (!first.ok) throw new Error("not started");
    for (let i = 0; i < 3; i++) await answerFirst(userId, first.attemptId);
    expect(await startExerciseAttempt(userId, open)).toMatchObject({
      ok: false,
      reason: "no-attempts-left",
      error: "You have used every attempt at this exercise.",
    });
  });

  it("accepts no answers once closed, says so, and stores nothing", async () => {
    const userId = await trainee();
    const exerciseId = await exercise();
    const started = await startExerciseAttempt(userId, exerciseId);
    if (!started.ok) throw new Error(started.error);
    await prisma.exercise.update({ where: { id: exerciseId }, data: { closesAt: new Date(Date.now() - 1000) } });
    const result = await answerFirst(userId, started.attemptId);
    expect(result).toMatchObject({
      ok: false,
      reason: "closed",
      message: expect.stringMatching(/closed on .* and accepts no more answers/),
    });
    expect(await prisma.answer.count({ where: { attemptId: started.attemptId } })).toBe(0);
  });

  it("hides feedback in assessment mode until the exercise closes", async () => {
    const userId = await trainee();
    const exerciseId = await exercise({ mode: "ASSESSMENT" });
    const started = await startExerciseAttempt(userId, exerciseId);
    if (!started.ok) throw new Error(started.error);
    const key = idempotencyKey();
    const during = await answerFirst(userId, started.attemptId, key);
    expect(during).toMatchObject({ ok: true, feedback: null });
    expect(during.ok && during.feedbackAvailableAt).toBeInstanceOf(Date);
    await prisma.exercise.update({ where: { id: exerciseId }, data: { closesAt: new Date(Date.now() - 1000) } });
    const item = (await findAttemptForUser(started.attemptId, userId))!.items[0]!;
    const after = await recordAnswer(userId, started.attemptId, answerFor(item, { idempotencyKey: key }));
    expect(after).toMatchObject({ ok: true, replayed: true, feedback: { points: 2 }, feedbackAvailableAt: null });
  });

  it("stores the exercise and class on each answer, and exports them one row each, safe for spreadsheets", async () => {
    const userId = await trainee();
    const exerciseId = await exercise({ title: "Exported" });
    const started = await startExerciseAttempt(userId, exerciseId);
    if (!started.ok) throw new Error(started.error);
    await answerFirst(userId, started.attemptId);
    await answerFirst(userId, started.attemptId);
    expect(await prisma.answer.count({ where: { exerciseId, classId: klass.id } })).toBe(2);
    let csv = "";
    for await (const chunk of answerCsv(klass, { exercise: exerciseId })) csv += chunk;
    const lines = csv.trimEnd().split("\r\n");
    expect(csv.startsWith('\uFEFF"trainee","username","source","exercise","scenario_slug"')).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^"'=cmd\|' \/C calc'!A0","[a-z]+-[a-z]+-\d{3}","exercise","Exported","fixture-\d+","1",/);
  });
});
