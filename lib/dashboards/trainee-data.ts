import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import { answerScope } from "@/lib/dashboards/scope-data";
import { calibration } from "@/lib/dashboards/statistics";
import { scoreShare } from "@/lib/practice/scoring";
import { parsedVersion } from "@/lib/scenarios/parsed-versions";

/** The class member behind a trainee page; null for anyone who is not (or no longer) in the class. */
function findMember(klass: OwnedClass, userId: string, db: PrismaClient) {
  return db.classMember.findFirst({
    where: { classId: klass.id, userId },
    select: { user: { select: { id: true, displayName: true, username: true } } },
  });
}

/** A member of the class with their attempts (exercises, live sessions and free practice since joining) and calibration. */
export async function traineeView(
  klass: OwnedClass,
  userId: string,
  filters: DashboardFilters,
  db: PrismaClient = defaultClient,
) {
  const member = await findMember(klass, userId, db);
  if (!member) return null;
  const { where } = await answerScope(klass, filters, userId, db);
  const [attempts, perAttempt, confidence] = await Promise.all([
    db.attempt.findMany({
      where: { userId, answers: { some: where } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        createdAt: true,
        completedAt: true,
        size: true,
        exercise: { select: { title: true } },
        liveSession: { select: { title: true } },
      },
    }),
    db.answer.groupBy({
      by: ["attemptId", "primaryNarrative"],
      where,
      _sum: { narrativePoints: true, points: true, implicationPoints: true },
      _count: { _all: true },
    }),
    db.answer.groupBy({
      by: ["confidence"],
      where: { ...where, confidence: { not: null } },
      _sum: { points: true },
      _count: { _all: true },
    }),
  ]);
  const history = attempts.map((attempt) => {
    const rows = perAttempt.filter((r) => r.attemptId === attempt.id);
    const answers = rows.reduce((s, r) => s + r._count._all, 0);
    const points = rows.reduce((s, r) => s + (r._sum.points ?? 0), 0);
    return {
      ...attempt,
      answers,
      score: scoreShare(points, answers),
      implications: answers > 0 ? rows.reduce((s, r) => s + (r._sum.implicationPoints ?? 0), 0) / answers : null,
      narratives: Object.fromEntries(
        NARRATIVE_CODES.map((code) => {
          const row = rows.find((r) => r.primaryNarrative === code);
          return [code, row ? (row._sum.narrativePoints ?? 0) / row._count._all : null];
        }),
      ) as Record<NarrativeCode, number | null>,
    };
  });
  return {
    trainee: member.user,
    history,
    calibration: calibration(
      confidence.map((c) => ({ confidence: c.confidence ?? 0, sumPoints: c._sum.points ?? 0, answers: c._count._all })),
    ),
  };
}

/**
 * One attempt of a class member, question by question, as Moodle's attempt review shows it: only answers this class
 * may see (its exercises and live sessions, or the member's free practice since joining), so another class's exercise is not found.
 */
export async function traineeAttemptReview(
  klass: OwnedClass,
  userId: string,
  attemptId: string,
  db: PrismaClient = defaultClient,
) {
  const member = await findMember(klass, userId, db);
  if (!member) return null;
  const { where } = await answerScope(klass, {}, userId, db);
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId, answers: { some: where } },
    select: {
      id: true,
      createdAt: true,
      completedAt: true,
      size: true,
      exercise: { select: { title: true, mode: true } },
      liveSession: { select: { title: true } },
      items: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          scenario: { select: { id: true, body: true } },
        },
      },
    },
  });
  if (!attempt) return null;
  // Only the answers in scope: practice from before the trainee joined stays theirs alone.
  const answers = await db.answer.findMany({
    where: { AND: [where, { attemptId: attempt.id }] },
    select: {
      itemId: true,
      chosenNarrative: true,
      chosenImplication: true,
      confidence: true,
      points: true,
      narrativePoints: true,
      implicationPoints: true,
      timeMs: true,
      createdAt: true,
    },
  });
  const byItem = new Map(answers.map((a) => [a.itemId, a]));
  return {
    trainee: member.user,
    attempt: {
      ...attempt,
      items: attempt.items.map((item) => ({
        id: item.id,
        position: item.position,
        scenario: parsedVersion(item.scenario.id, item.scenario.body),
        answer: byItem.get(item.id) ?? null,
      })),
    },
  };
}
