import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma as defaultClient } from "@/lib/db/prisma";
import type { CreateExerciseInput } from "@/lib/exercises/schema";
import { currentPracticeScenarioIds } from "@/lib/scenarios/data";

export type CreateExerciseResult =
  { ok: true; exerciseId: string } | { ok: false; reason: "unknown-scenarios"; field: "scenarioIds"; error: string };

/** Creates an exercise on the educator's own class, pinned to the current version of each chosen scenario. */
export async function createExercise(
  klass: OwnedClass,
  input: Omit<CreateExerciseInput, "classId">,
  db: PrismaClient = defaultClient,
): Promise<CreateExerciseResult> {
  const current = await currentPracticeScenarioIds(input.scenarioIds, db);
  if (input.scenarioIds.some((id) => !current.has(id))) {
    return {
      ok: false,
      reason: "unknown-scenarios",
      field: "scenarioIds",
      error: "Some chosen scenarios are not in the current bank.",
    };
  }
  const exercise = await db.exercise.create({
    data: {
      classId: klass.id,
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
