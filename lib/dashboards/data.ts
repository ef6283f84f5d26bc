import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { isImplicationCode, type ImplicationCode } from "@/lib/domain/implications";
import { isNarrativeCode, NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import {
  calibration,
  confusionMatrix,
  discrimination,
  facility,
  upperLowerGroups,
  weakestNarrative,
  type TraineeTotal,
} from "@/lib/dashboards/statistics";
import { MAX_POINTS_PER_SCENARIO } from "@/lib/practice/scoring";

// Every aggregate runs in the database over the indexed, denormalised answer columns; callers have
// already checked that the class is the educator's.

function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function answerScope(classId: string, filters: DashboardFilters, userId?: string): Prisma.AnswerWhereInput {
  return {
    classId,
    ...(filters.exercise ? { exerciseId: filters.exercise } : {}),
    ...(userId ? { userId } : {}),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: dayStart(filters.from) } : {}),
            ...(filters.to ? { lt: new Date(dayStart(filters.to).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
}

export async function classOverview(classId: string, filters: DashboardFilters, db: PrismaClient = defaultClient) {
  const where = answerScope(classId, filters);
  const [members, grid, totals, overall, exercises, completions] = await Promise.all([
    db.classMember.findMany({ where: { classId }, select: { user: { select: { id: true, displayName: true } } }, orderBy: { joinedAt: "asc" } }),
    db.answer.groupBy({ by: ["userId", "primaryNarrative"], where, _sum: { narrativePoints: true }, _count: { _all: true } }),
    db.answer.groupBy({ by: ["userId"], where, _sum: { points: true }, _count: { _all: true } }),
    db.answer.aggregate({ where, _sum: { points: true }, _count: { _all: true } }),
    db.exercise.count({ where: { classId, ...(filters.exercise ? { id: filters.exercise } : {}) } }),
    db.attempt.groupBy({
      by: ["userId", "exerciseId"],
      where: { exercise: { classId }, ...(filters.exercise ? { exerciseId: filters.exercise } : {}), completedAt: { not: null } },
    }),
  ]);

  const cells = new Map<string, { earned: number; answers: number }>();
  for (const row of grid) {
    if (row.userId) cells.set(`${row.userId}:${row.primaryNarrative}`, { earned: row._sum.narrativePoints ?? 0, answers: row._count._all });
  }
  const totalsByUser = new Map(totals.map((t) => [t.userId, t]));
  const memberIds = new Set(members.map((m) => m.user.id));
  const trainees = members.map(({ user }) => {
    const total = totalsByUser.get(user.id);
    return {
      userId: user.id,
      displayName: user.displayName,
      answers: total?._count._all ?? 0,
      score: total && total._count._all > 0 ? (total._sum.points ?? 0) / (total._count._all * MAX_POINTS_PER_SCENARIO) : null,
      narratives: Object.fromEntries(
        NARRATIVE_CODES.map((code) => {
          const cell = cells.get(`${user.id}:${code}`);
          return [code, cell ? { ...cell, accuracy: cell.earned / cell.answers } : { earned: 0, answers: 0, accuracy: null }];
        }),
      ) as Record<NarrativeCode, { earned: number; answers: number; accuracy: number | null }>,
    };
  });
  const byNarrative = NARRATIVE_CODES.map((narrative) => {
    const rows = grid.filter((r) => r.primaryNarrative === narrative);
    return { narrative, earned: rows.reduce((s, r) => s + (r._sum.narrativePoints ?? 0), 0), answers: rows.reduce((s, r) => s + r._count._all, 0) };
  });
  const completedPairs = completions.filter((c) => c.userId && memberIds.has(c.userId)).length;
  const possiblePairs = members.length * exercises;
  return {
    trainees,
    byNarrative,
    weakest: weakestNarrative(byNarrative),
    answers: overall._count._all,
    meanScore: overall._count._all > 0 ? (overall._sum.points ?? 0) / (overall._count._all * MAX_POINTS_PER_SCENARIO) : null,
    completion: { completed: completedPairs, possible: possiblePairs, rate: possiblePairs > 0 ? completedPairs / possiblePairs : null },
    /** Answers kept from deleted accounts count in the class figures but belong to nobody on the grid. */
    anonymousAnswers: totals.filter((t) => t.userId === null || !memberIds.has(t.userId)).reduce((s, t) => s + t._count._all, 0),
  };
}

export async function confusionAndImplications(classId: string, filters: DashboardFilters, db: PrismaClient = defaultClient) {
  const where = answerScope(classId, filters);
  const [pairs, implications] = await Promise.all([
    db.answer.groupBy({ by: ["primaryNarrative", "chosenNarrative"], where, _count: { _all: true } }),
    db.answer.groupBy({ by: ["correctImplication"], where, _sum: { implicationPoints: true }, _count: { _all: true } }),
  ]);
  const matrix = confusionMatrix(
    pairs.flatMap((p) =>
      isNarrativeCode(p.primaryNarrative) && isNarrativeCode(p.chosenNarrative)
        ? [{ actual: p.primaryNarrative, chosen: p.chosenNarrative, count: p._count._all }]
        : [],
    ),
  );
  const implicationAccuracy = implications
    .flatMap((row) =>
      isImplicationCode(row.correctImplication)
        ? [{ implication: row.correctImplication as ImplicationCode, answers: row._count._all, accuracy: (row._sum.implicationPoints ?? 0) / row._count._all }]
        : [],
    )
    .sort((a, b) => a.accuracy - b.accuracy);
  return { matrix, implicationAccuracy };
}

async function medianTimes(classId: string, filters: DashboardFilters, db: PrismaClient): Promise<Map<string, number>> {
  // Standard SQL (window functions), valid on SQLite and PostgreSQL alike.
  const conditions = [Prisma.sql`"classId" = ${classId}`, Prisma.sql`"timeMs" IS NOT NULL`];
  if (filters.exercise) conditions.push(Prisma.sql`"exerciseId" = ${filters.exercise}`);
  if (filters.from) conditions.push(Prisma.sql`"createdAt" >= ${dayStart(filters.from)}`);
  if (filters.to) conditions.push(Prisma.sql`"createdAt" < ${new Date(dayStart(filters.to).getTime() + 86_400_000)}`);
  const rows = await db.$queryRaw<{ scenarioId: string; medianMs: number | bigint }[]>`
    SELECT "scenarioId", AVG("timeMs") AS "medianMs" FROM (
      SELECT "scenarioId", "timeMs",
        ROW_NUMBER() OVER (PARTITION BY "scenarioId" ORDER BY "timeMs") AS rn,
        COUNT(*) OVER (PARTITION BY "scenarioId") AS n
      FROM "Answer" WHERE ${Prisma.join(conditions, " AND ")}
    ) ranked
    WHERE rn IN ((n + 1) / 2, (n + 2) / 2)
    GROUP BY "scenarioId"`;
  return new Map(rows.map((r) => [r.scenarioId, Number(r.medianMs)]));
}

function mostChosen<T extends string>(rows: readonly { scenarioId: string; value: T; count: number }[]): Map<string, { value: T; count: number }> {
  const best = new Map<string, { value: T; count: number }>();
  for (const row of rows) {
    const current = best.get(row.scenarioId);
    if (!current || row.count > current.count) best.set(row.scenarioId, { value: row.value, count: row.count });
  }
  return best;
}

export async function itemAnalysis(classId: string, filters: DashboardFilters, db: PrismaClient = defaultClient) {
  const where = answerScope(classId, filters);
  const [items, totals, wrongNarratives, wrongImplications, medians] = await Promise.all([
    db.answer.groupBy({ by: ["scenarioId"], where, _sum: { points: true }, _count: { _all: true } }),
    db.answer.groupBy({ by: ["userId"], where: { ...where, userId: { not: null } }, _sum: { points: true }, _count: { _all: true } }),
    db.answer.groupBy({ by: ["scenarioId", "chosenNarrative"], where: { ...where, narrativePoints: { lt: 1 } }, _count: { _all: true } }),
    db.answer.groupBy({ by: ["scenarioId", "chosenImplication"], where: { ...where, implicationPoints: { lt: 1 } }, _count: { _all: true } }),
    medianTimes(classId, filters, db),
  ]);
  const groups = upperLowerGroups(
    totals.map((t): TraineeTotal => ({ userId: t.userId!, points: t._sum.points ?? 0, answers: t._count._all })),
  );
  const groupFacility = async (userIds: string[]) => {
    if (userIds.length === 0) return new Map<string, number | null>();
    const rows = await db.answer.groupBy({ by: ["scenarioId"], where: { ...where, userId: { in: userIds } }, _sum: { points: true }, _count: { _all: true } });
    return new Map(rows.map((r) => [r.scenarioId, facility(r._sum.points ?? 0, r._count._all)]));
  };
  const [upper, lower, scenarios] = await Promise.all([
    groupFacility(groups.upper),
    groupFacility(groups.lower),
    db.scenario.findMany({ where: { id: { in: items.map((i) => i.scenarioId) } }, select: { id: true, slug: true, version: true, title: true, primaryNarrative: true } }),
  ]);
  const narrativeMistakes = mostChosen(wrongNarratives.map((r) => ({ scenarioId: r.scenarioId, value: r.chosenNarrative, count: r._count._all })));
  const implicationMistakes = mostChosen(wrongImplications.map((r) => ({ scenarioId: r.scenarioId, value: r.chosenImplication, count: r._count._all })));
  const byId = new Map(scenarios.map((s) => [s.id, s]));

  return items
    .map((item) => {
      const scenario = byId.get(item.scenarioId);
      const d = discrimination(upper.get(item.scenarioId) ?? null, lower.get(item.scenarioId) ?? null);
      return {
        scenarioId: item.scenarioId,
        slug: scenario?.slug ?? "",
        version: scenario?.version ?? 0,
        title: scenario?.title ?? "",
        primaryNarrative: scenario?.primaryNarrative ?? "",
        answers: item._count._all,
        facility: facility(item._sum.points ?? 0, item._count._all),
        discrimination: d,
        negative: d !== null && d < 0,
        commonWrongNarrative: narrativeMistakes.get(item.scenarioId) ?? null,
        commonWrongImplication: implicationMistakes.get(item.scenarioId) ?? null,
        medianTimeMs: medians.get(item.scenarioId) ?? null,
      };
    })
    .sort((a, b) => (a.facility ?? 0) - (b.facility ?? 0));
}

export async function traineeView(classId: string, userId: string, filters: DashboardFilters, db: PrismaClient = defaultClient) {
  const member = await db.classMember.findFirst({ where: { classId, userId }, select: { user: { select: { id: true, displayName: true, username: true } } } });
  if (!member) return null;
  const where = answerScope(classId, filters, userId);
  const [attempts, perAttempt, confidence] = await Promise.all([
    db.attempt.findMany({
      where: { userId, exercise: { classId }, ...(filters.exercise ? { exerciseId: filters.exercise } : {}), answers: { some: where } },
      orderBy: { createdAt: "asc" },
      select: { id: true, createdAt: true, completedAt: true, size: true, exercise: { select: { title: true } } },
    }),
    db.answer.groupBy({ by: ["attemptId", "primaryNarrative"], where, _sum: { narrativePoints: true, points: true, implicationPoints: true }, _count: { _all: true } }),
    db.answer.groupBy({ by: ["confidence"], where: { ...where, confidence: { not: null } }, _sum: { points: true }, _count: { _all: true } }),
  ]);
  const history = attempts.map((attempt) => {
    const rows = perAttempt.filter((r) => r.attemptId === attempt.id);
    const answers = rows.reduce((s, r) => s + r._count._all, 0);
    const points = rows.reduce((s, r) => s + (r._sum.points ?? 0), 0);
    return {
      ...attempt,
      answers,
      score: answers > 0 ? points / (answers * MAX_POINTS_PER_SCENARIO) : null,
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
    calibration: calibration(confidence.map((c) => ({ confidence: c.confidence ?? 0, sumPoints: c._sum.points ?? 0, answers: c._count._all }))),
  };
}
