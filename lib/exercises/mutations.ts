import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { CONTENT_WARNING_LABELS } from "@/lib/domain/content-warnings";
import type { CreateExerciseInput } from "@/lib/exercises/schema";
import { exclusionOf } from "@/lib/scenarios/filter";
import { parsedVersion } from "@/lib/scenarios/parsed-versions";

export type ScenarioRefusal = {
  ok: false;
  reason: "unknown-scenarios" | "excluded-scenarios";
  field: "scenarioIds";
  error: string;
};
export type CreateExerciseResult = { ok: true; exerciseId: string } | ScenarioRefusal;

/**
 * Why these scenario ids cannot be set for this class, or null when they can: each must be the current version of a
 * practice scenario in the bank (not an example), and carry none of the class's excluded content warnings.
 */
export async function scenarioIdsRefusal(
  klass: OwnedClass,
  scenarioIds: readonly string[],
  db: PrismaClient = defaultClient,
): Promise<ScenarioRefusal | null> {
  const scenarios = await db.scenario.findMany({
    where: { id: { in: [...scenarioIds] }, isLatest: true },
    select: { id: true, body: true },
  });
  const parsed = scenarios.map(({ id, body }) => parsedVersion(id, body));
  // Examples illustrate /narratives and are never set as questions: for a picker they are not in the bank.
  if (scenarios.length !== new Set(scenarioIds).size || parsed.some((s) => s.purpose === "example")) {
    return {
      ok: false,
      reason: "unknown-scenarios",
      field: "scenarioIds",
      error: "Some chosen scenarios are not in the current bank.",
    };
  }
  const refused = parsed.flatMap((scenario) => {
    const exclusion = exclusionOf(scenario, klass.excludedContentWarnings);
    if (exclusion?.kind !== "content") return [];
    const why = exclusion.warnings.map((w) => CONTENT_WARNING_LABELS[w].toLowerCase()).join(", ");
    return [`${scenario.title} (content note: ${why})`];
  });
  if (refused.length === 0) return null;
  return {
    ok: false,
    reason: "excluded-scenarios",
    field: "scenarioIds",
    error: `Left out for this class: ${refused.join("; ")}.`,
  };
}

/** Creates an exercise on the educator's own class, pinned to the current version of each chosen scenario. */
export async function createExercise(
  klass: OwnedClass,
  input: Omit<CreateExerciseInput, "classId">,
  db: PrismaClient = defaultClient,
): Promise<CreateExerciseResult> {
  const refusal = await scenarioIdsRefusal(klass, input.scenarioIds, db);
  if (refusal) return refusal;
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
