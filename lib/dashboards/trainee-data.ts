import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import { answerScope } from "@/lib/dashboards/data";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import { calibration } from "@/lib/dashboards/statistics";
import { scoreShare } from "@/lib/practice/scoring";

export async function traineeView(
  klass: OwnedClass,
  userId: string,
  filters: DashboardFilters,
  db: PrismaClient = defaultClient,
) {
  const classId = klass.id;
  const member = await db.classMember.findFirst({
    where: { classId, userId },
    select: { user: { select: { id: true, displayName: true, username: true } } },
  });
  if (!member) return null;
  const where = answerScope(classId, filters, userId);
  const [attempts, perAttempt, confidence] = await Promise.all([
    db.attempt.findMany({
      where: {
        userId,
        exercise: { classId },
        ...(filters.exercise ? { exerciseId: filters.exercise } : {}),
        answers: { some: where },
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, createdAt: true, completedAt: true, size: true, exercise: { select: { title: true } } },
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
