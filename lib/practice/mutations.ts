import "server-only";
import type { PrismaClient } from "@prisma/client";
import { exclusionsForTrainee } from "@/lib/classes/data";
import { prisma as defaultClient } from "@/lib/db/prisma";
import type { ContentWarning } from "@/lib/domain/content-warnings";
import { isNarrativeCode } from "@/lib/domain/narratives";
import { windowState } from "@/lib/exercises/window";
import { lastAnsweredBySlug } from "@/lib/practice/data";
import { drawScenarios, type DrawCandidate } from "@/lib/practice/draw";
import { newSeed, seededRandom, shuffle } from "@/lib/random";
import { scenarioFilter } from "@/lib/scenarios/filter";
import { implicationOptions } from "@/lib/scenarios/options";
import { parsedVersion } from "@/lib/scenarios/parsed-versions";

export class NoScenariosAvailable extends Error {}

export async function createAttempt(
  input: {
    userId: string;
    size: number;
    lastAnsweredAt: ReadonlyMap<string, Date>;
    seed?: number;
    /** Content warnings whose scenarios this trainee's classes leave out. */
    excluded?: readonly ContentWarning[];
  },
  db: PrismaClient = defaultClient,
): Promise<{ id: string }> {
  const seed = input.seed ?? newSeed();
  const random = seededRandom(seed);
  const rows = await db.scenario.findMany({
    where: { isLatest: true },
    select: { id: true, slug: true, primaryNarrative: true, body: true },
  });
  // The filter leaves out the classes' exclusions, and examples, which illustrate the narratives and are never drawn.
  const allowed = scenarioFilter(input.excluded ?? []);
  const candidates: (DrawCandidate & { body: string })[] = rows.flatMap((r) =>
    isNarrativeCode(r.primaryNarrative) && allowed(parsedVersion(r.id, r.body))
      ? [{ ...r, primaryNarrative: r.primaryNarrative }]
      : [],
  );
  if (candidates.length === 0) throw new NoScenariosAvailable("There are no scenarios to practise yet.");
  const drawn = drawScenarios(candidates, {
    size: input.size,
    lastAnsweredAt: input.lastAnsweredAt,
    random,
  });
  const bodies = new Map(candidates.map((c) => [c.id, c.body]));
  return db.attempt.create({
    data: {
      userId: input.userId,
      size: drawn.length,
      orderSeed: seed,
      items: {
        create: attemptItems(
          drawn.map((c) => ({ id: c.id, body: bodies.get(c.id)! })),
          random,
        ),
      },
    },
    select: { id: true },
  });
}

/** An attempt's items in the order given, each with its implication options shuffled by the attempt's generator. */
function attemptItems(scenarios: readonly { id: string; body: string }[], random: () => number) {
  return scenarios.map((scenario, position) => ({
    position,
    scenarioId: scenario.id,
    implicationOrder: JSON.stringify(implicationOptions(parsedVersion(scenario.id, scenario.body), random)),
  }));
}

export type PractiseMistakesResult =
  { ok: true; attemptId: string } | { ok: false; reason: "no-mistakes" | "not-in-bank"; error: string };

/**
 * A free practice session of the scenarios a trainee did not get fully right in one of their attempts, each at its
 * current version, in a fresh shuffled order. Retired scenarios, examples and what the trainee's classes now exclude
 * are left out, as in every draw. The caller has checked that the attempt is the user's and its results are shown.
 */
export async function practiseMistakes(
  userId: string,
  slugs: readonly string[],
  db: PrismaClient = defaultClient,
  seed: number = newSeed(),
): Promise<PractiseMistakesResult> {
  if (slugs.length === 0)
    return { ok: false, reason: "no-mistakes", error: "This session has no mistakes to practise." };
  const rows = await db.scenario.findMany({
    where: { isLatest: true, slug: { in: [...slugs] } },
    select: { id: true, body: true },
  });
  // The same filter as every draw: no example, nothing the trainee's classes exclude now.
  const allowed = scenarioFilter(await exclusionsForTrainee(userId, db));
  const current = rows.filter((row) => allowed(parsedVersion(row.id, row.body)));
  if (current.length === 0) {
    return { ok: false, reason: "not-in-bank", error: "None of these scenarios is in the current bank any more." };
  }
  const random = seededRandom(seed);
  const attempt = await db.attempt.create({
    data: {
      userId,
      size: current.length,
      orderSeed: seed,
      items: { create: attemptItems(shuffle(current, random), random) },
    },
    select: { id: true },
  });
  return { ok: true, attemptId: attempt.id };
}

/**
 * A free practice session of `size` scenarios, the least recently answered first, leaving out what any of the
 * trainee's classes excludes.
 */
export async function startPractice(
  userId: string,
  size: number,
  db: PrismaClient = defaultClient,
): Promise<{ ok: true; attemptId: string } | { ok: false; error: string }> {
  try {
    const [lastAnsweredAt, excluded] = await Promise.all([
      lastAnsweredBySlug(userId, db),
      exclusionsForTrainee(userId, db),
    ]);
    const attempt = await createAttempt({ userId, size, lastAnsweredAt, excluded }, db);
    return { ok: true, attemptId: attempt.id };
  } catch (error) {
    if (error instanceof NoScenariosAvailable) return { ok: false, error: error.message };
    throw error;
  }
}

export type StartExerciseResult =
  | { ok: true; attemptId: string }
  | { ok: false; reason: "not-found" | "not-open-yet" | "closed" | "no-attempts-left"; error: string };

/**
 * Resumes the trainee's unfinished attempt at an exercise, or starts a new one when the exercise is open, its class is
 * active, the trainee is in the class and has attempts left. Each attempt gets its own order of the exercise's
 * scenarios and of each scenario's options, so neither the position of a question nor of an option predicts a key.
 * The forms of a pre/post assessment are started only through it (startPrePostForm), which decides which form is the
 * trainee's now; here they are "not found".
 */
export function startExerciseAttempt(
  userId: string,
  exerciseId: string,
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
  seed: number = newSeed(),
): Promise<StartExerciseResult> {
  return startAttemptAt(userId, exerciseId, { prePostForm: false }, now, db, seed);
}

/** For the pre/post assessment, once it has decided that this form is the trainee's to take now. */
export function startPrePostFormAttempt(
  userId: string,
  exerciseId: string,
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
  seed: number = newSeed(),
): Promise<StartExerciseResult> {
  return startAttemptAt(userId, exerciseId, { prePostForm: true }, now, db, seed);
}

async function startAttemptAt(
  userId: string,
  exerciseId: string,
  kind: { prePostForm: boolean },
  now: Date,
  db: PrismaClient,
  seed: number,
): Promise<StartExerciseResult> {
  const exercise = await db.exercise.findFirst({
    where: {
      id: exerciseId,
      prePostId: kind.prePostForm ? { not: null } : null,
      class: { members: { some: { userId } }, archivedAt: null },
    },
    include: {
      scenarios: { orderBy: { position: "asc" }, include: { scenario: { select: { id: true, body: true } } } },
    },
  });
  if (!exercise) return { ok: false, reason: "not-found", error: "No such exercise in your classes." };
  const unfinished = await db.attempt.findFirst({
    where: { userId, exerciseId, completedAt: null },
    select: { id: true },
  });
  if (unfinished) return { ok: true, attemptId: unfinished.id };
  const state = windowState(exercise, now);
  if (state === "closed") return { ok: false, reason: "closed", error: "This exercise has closed." };
  if (state === "upcoming") return { ok: false, reason: "not-open-yet", error: "This exercise has not opened yet." };
  const used = await db.attempt.count({ where: { userId, exerciseId } });
  if (used >= exercise.attemptsAllowed) {
    return { ok: false, reason: "no-attempts-left", error: "You have used every attempt at this exercise." };
  }

  const random = seededRandom(seed);
  const attempt = await db.attempt.create({
    data: {
      userId,
      exerciseId,
      size: exercise.scenarios.length,
      orderSeed: seed,
      items: {
        create: attemptItems(
          shuffle(exercise.scenarios, random).map(({ scenario }) => scenario),
          random,
        ),
      },
    },
    select: { id: true },
  });
  return { ok: true, attemptId: attempt.id };
}
