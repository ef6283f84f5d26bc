import "server-only";
import type { PrismaClient } from "@prisma/client";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { isNarrativeCode } from "@/lib/domain/narratives";
import { resultsHeldUntil } from "@/lib/exercises/window";
import { parseImplicationOrder } from "@/lib/practice/item-order";
import { MAX_POINTS_PER_SCENARIO } from "@/lib/practice/scoring";
import { parsedVersion } from "@/lib/scenarios/parsed-versions";

// How far back "recently answered" looks when drawing a session.
const RECENT_ANSWERS = 200;

export async function lastAnsweredBySlug(userId: string, db: PrismaClient = defaultClient): Promise<Map<string, Date>> {
  const answers = await db.answer.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: RECENT_ANSWERS,
    select: { createdAt: true, scenario: { select: { slug: true } } },
  });
  const latest = new Map<string, Date>();
  for (const a of answers) if (!latest.has(a.scenario.slug)) latest.set(a.scenario.slug, a.createdAt);
  return latest;
}

/** The trainee's own attempt with its scenarios and answers, or null when it is not theirs. */
export async function findAttemptForUser(attemptId: string, userId: string) {
  const attempt = await defaultClient.attempt.findFirst({
    where: { id: attemptId, userId },
    include: {
      exercise: {
        select: {
          id: true,
          title: true,
          mode: true,
          opensAt: true,
          closesAt: true,
          class: { select: { name: true, archivedAt: true, members: { where: { userId }, select: { id: true } } } },
        },
      },
      items: {
        orderBy: { position: "asc" },
        include: { scenario: { select: { id: true, body: true } }, answer: true },
      },
    },
  });
  if (!attempt) return null;
  return {
    id: attempt.id,
    liveSessionId: attempt.liveSessionId,
    size: attempt.size,
    createdAt: attempt.createdAt,
    completedAt: attempt.completedAt,
    exercise: attempt.exercise && {
      id: attempt.exercise.id,
      title: attempt.exercise.title,
      mode: attempt.exercise.mode,
      opensAt: attempt.exercise.opensAt,
      closesAt: attempt.exercise.closesAt,
      class: { name: attempt.exercise.class.name },
      // Whether the trainee may still answer: still in the class, and the class still active.
      access: (attempt.exercise.class.members.length === 0
        ? "removed"
        : attempt.exercise.class.archivedAt
          ? "archived"
          : "member") as "member" | "removed" | "archived",
    },
    items: attempt.items.map((item) => ({
      id: item.id,
      position: item.position,
      scenarioId: item.scenario.id,
      scenario: parsedVersion(item.scenario.id, item.scenario.body),
      implicationOrder: parseImplicationOrder(item.implicationOrder),
      answer: item.answer,
    })),
  };
}
export type AttemptWithItems = NonNullable<Awaited<ReturnType<typeof findAttemptForUser>>>;

export function findUnfinishedAttempt(userId: string) {
  return defaultClient.attempt.findFirst({
    where: { userId, completedAt: null, exerciseId: null, liveSessionId: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, size: true, createdAt: true, _count: { select: { answers: true } } },
  });
}

// An assessment's answers carry its key and scores: none of it is read for the trainee until the assessment closes.
const resultsAvailable = (now: Date) => ({
  OR: [{ exerciseId: null }, { exercise: { mode: { not: "ASSESSMENT" } } }, { exercise: { closesAt: { lte: now } } }],
});

/** The trainee's sessions with answers, except assessments still open (their results come once they close). */
export async function listAttemptHistory(userId: string, now: Date = new Date()) {
  const attempts = await defaultClient.attempt.findMany({
    where: { userId, answers: { some: {} }, ...resultsAvailable(now) },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      size: true,
      createdAt: true,
      completedAt: true,
      answers: { select: { primaryNarrative: true, narrativePoints: true, implicationPoints: true, points: true } },
    },
  });
  return attempts.map((a) => ({
    ...a,
    answers: a.answers.flatMap((answer) =>
      isNarrativeCode(answer.primaryNarrative) ? [{ ...answer, primaryNarrative: answer.primaryNarrative }] : [],
    ),
  }));
}

/** Assessments the trainee has answered whose results are held until they close, soonest first. */
export function listHeldAssessments(userId: string, now: Date = new Date()) {
  return defaultClient.exercise.findMany({
    where: { mode: "ASSESSMENT", closesAt: { gt: now }, attempts: { some: { userId, answers: { some: {} } } } },
    orderBy: { closesAt: "asc" },
    select: { id: true, title: true, closesAt: true },
  });
}

/**
 * The scenarios (by slug) a user did not get fully right in one of their own attempts; null when the attempt is not
 * theirs or its results are still held back (an assessment that has not closed), since the list would give them away.
 */
export async function findMistakes(
  userId: string,
  attemptId: string,
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
): Promise<{ attemptId: string; slugs: string[] } | null> {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      id: true,
      exercise: { select: { mode: true, closesAt: true } },
      answers: { where: { points: { lt: MAX_POINTS_PER_SCENARIO } }, select: { scenario: { select: { slug: true } } } },
    },
  });
  if (!attempt) return null;
  if (resultsHeldUntil(attempt.exercise, now)) return null;
  return { attemptId: attempt.id, slugs: [...new Set(attempt.answers.map((a) => a.scenario.slug))] };
}
