import "server-only";
import type { PrismaClient } from "@prisma/client";
import { prisma as defaultClient } from "@/lib/db/prisma";
import type { CreateExerciseInput } from "@/lib/exercises/schema";
import { windowState } from "@/lib/exercises/window";
import { implicationOptions } from "@/lib/practice/mutations";
import { parsedVersion } from "@/lib/scenarios/scenario-versions";

export type ExerciseResult<T = object> = ({ ok: true } & T) | { ok: false; status: 403 | 404 | 409 | 422; error: string; field?: string };

/** Creates an exercise on the educator's own class, pinned to the current version of each chosen scenario. */
export async function createExercise(
  educatorId: string,
  classId: string,
  input: CreateExerciseInput,
  db: PrismaClient = defaultClient,
): Promise<ExerciseResult<{ exerciseId: string }>> {
  const owned = await db.class.findFirst({ where: { id: classId, educatorId }, select: { id: true } });
  if (!owned) return { ok: false, status: 404, error: "That class does not exist or is not yours." };
  const scenarios = await db.scenario.findMany({ where: { id: { in: input.scenarioIds }, isLatest: true }, select: { id: true } });
  if (scenarios.length !== input.scenarioIds.length) {
    return { ok: false, status: 422, field: "scenarioIds", error: "Some chosen scenarios are not in the current bank." };
  }
  const exercise = await db.exercise.create({
    data: {
      classId,
      title: input.title,
      mode: input.mode,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      attemptsAllowed: input.attemptsAllowed,
      scenarios: { create: input.scenarioIds.map((scenarioId, position) => ({ scenarioId, position })) },
    },
    select: { id: true },
  });
  return { ok: true, exerciseId: exercise.id };
}

/**
 * Resumes the trainee's unfinished attempt at an exercise, or starts a new one when the exercise is open, the
 * trainee is in its class and has attempts left.
 */
export async function startExerciseAttempt(
  userId: string,
  exerciseId: string,
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
): Promise<ExerciseResult<{ attemptId: string }>> {
  const exercise = await db.exercise.findFirst({
    where: { id: exerciseId, class: { members: { some: { userId } } } },
    include: { scenarios: { orderBy: { position: "asc" }, include: { scenario: { select: { id: true, body: true } } } } },
  });
  if (!exercise) return { ok: false, status: 404, error: "No such exercise in your classes." };
  const unfinished = await db.attempt.findFirst({ where: { userId, exerciseId, completedAt: null }, select: { id: true } });
  if (unfinished) return { ok: true, attemptId: unfinished.id };
  const state = windowState(exercise, now);
  if (state !== "open") {
    return { ok: false, status: 409, error: state === "closed" ? "This exercise has closed." : "This exercise has not opened yet." };
  }
  const used = await db.attempt.count({ where: { userId, exerciseId } });
  if (used >= exercise.attemptsAllowed) return { ok: false, status: 409, error: "You have used every attempt at this exercise." };

  const attempt = await db.attempt.create({
    data: {
      userId,
      exerciseId,
      size: exercise.scenarios.length,
      items: {
        create: exercise.scenarios.map(({ scenario, position }) => {
          const parsed = parsedVersion(scenario.id, scenario.body);
          const order = implicationOptions(parsed.implications.correct, parsed.implications.distractors);
          return { position, scenarioId: scenario.id, implicationOrder: JSON.stringify(order) };
        }),
      },
    },
    select: { id: true },
  });
  return { ok: true, attemptId: attempt.id };
}
