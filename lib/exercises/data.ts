import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma as defaultClient } from "@/lib/db/prisma";

/**
 * Exercises of the trainee's classes that are open now, soonest due first, with the trainee's progress. The forms of a
 * pre/post assessment are not listed: the trainee starts them from the assessment, which decides which form is theirs.
 */
export async function listOpenExercisesForTrainee(
  userId: string,
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
) {
  const exercises = await db.exercise.findMany({
    where: {
      class: { members: { some: { userId } }, archivedAt: null },
      prePostId: null,
      opensAt: { lte: now },
      closesAt: { gt: now },
    },
    orderBy: { closesAt: "asc" },
    select: {
      id: true,
      title: true,
      mode: true,
      closesAt: true,
      attemptsAllowed: true,
      class: { select: { name: true } },
      _count: { select: { scenarios: true } },
      attempts: { where: { userId }, select: { id: true, completedAt: true, _count: { select: { answers: true } } } },
    },
  });
  return exercises.map(({ attempts, ...exercise }) => {
    const unfinished = attempts.find((a) => a.completedAt === null) ?? null;
    return {
      ...exercise,
      attemptsUsed: attempts.length,
      unfinished: unfinished ? { id: unfinished.id, answered: unfinished._count.answers } : null,
      completed: attempts.filter((a) => a.completedAt !== null).length,
    };
  });
}

export function listExercisesForClass(klass: OwnedClass, db: PrismaClient = defaultClient) {
  return db.exercise.findMany({
    where: { classId: klass.id },
    orderBy: { opensAt: "desc" },
    select: {
      id: true,
      title: true,
      mode: true,
      opensAt: true,
      closesAt: true,
      attemptsAllowed: true,
      _count: { select: { scenarios: true } },
    },
  });
}
