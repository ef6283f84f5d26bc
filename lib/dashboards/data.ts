import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { isImplicationCode, type ImplicationCode } from "@/lib/domain/implications";
import { isNarrativeCode, NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import { answerScope, answersBySource, scopedSources } from "@/lib/dashboards/scope-data";
import { confusionMatrix, weakestNarrative } from "@/lib/dashboards/statistics";
import { scoreShare } from "@/lib/practice/scoring";

// Every aggregate runs in the database over the indexed, denormalised answer columns. Each takes an OwnedClass, which
// only the ownership check makes, so none can be asked about another educator's class.

export async function classOverview(klass: OwnedClass, filters: DashboardFilters, db: PrismaClient = defaultClient) {
  const classId = klass.id;
  const { where } = await answerScope(klass, filters, undefined, db);
  const [members, grid, totals, overall, exercises, completions, sourceCounts] = await Promise.all([
    db.classMember.findMany({
      where: { classId },
      select: { user: { select: { id: true, displayName: true, username: true } } },
      orderBy: { joinedAt: "asc" },
    }),
    db.answer.groupBy({
      by: ["userId", "primaryNarrative"],
      where,
      _sum: { narrativePoints: true },
      _count: { _all: true },
    }),
    db.answer.groupBy({ by: ["userId"], where, _sum: { points: true }, _count: { _all: true } }),
    db.answer.aggregate({ where, _sum: { points: true }, _count: { _all: true } }),
    db.exercise.count({ where: { classId, ...(filters.exercise ? { id: filters.exercise } : {}) } }),
    db.attempt.groupBy({
      by: ["userId", "exerciseId"],
      where: {
        exercise: { classId },
        ...(filters.exercise ? { exerciseId: filters.exercise } : {}),
        completedAt: { not: null },
      },
    }),
    answersBySource(klass, filters, db),
  ]);

  const cells = new Map<string, { earned: number; answers: number }>();
  for (const row of grid) {
    if (row.userId)
      cells.set(`${row.userId}:${row.primaryNarrative}`, {
        earned: row._sum.narrativePoints ?? 0,
        answers: row._count._all,
      });
  }
  const totalsByUser = new Map(totals.map((t) => [t.userId, t]));
  const memberIds = new Set(members.map((m) => m.user.id));
  const trainees = members.map(({ user }) => {
    const total = totalsByUser.get(user.id);
    return {
      userId: user.id,
      displayName: user.displayName,
      username: user.username,
      answers: total?._count._all ?? 0,
      score: scoreShare(total?._sum.points ?? 0, total?._count._all ?? 0),
      narratives: Object.fromEntries(
        NARRATIVE_CODES.map((code) => {
          const cell = cells.get(`${user.id}:${code}`);
          return [
            code,
            cell ? { ...cell, accuracy: cell.earned / cell.answers } : { earned: 0, answers: 0, accuracy: null },
          ];
        }),
      ) as Record<NarrativeCode, { earned: number; answers: number; accuracy: number | null }>,
    };
  });
  const byNarrative = NARRATIVE_CODES.map((narrative) => {
    const rows = grid.filter((r) => r.primaryNarrative === narrative);
    return {
      narrative,
      earned: rows.reduce((s, r) => s + (r._sum.narrativePoints ?? 0), 0),
      answers: rows.reduce((s, r) => s + r._count._all, 0),
    };
  });
  const completedPairs = completions.filter((c) => c.userId && memberIds.has(c.userId)).length;
  const possiblePairs = members.length * exercises;
  return {
    trainees,
    byNarrative,
    weakest: weakestNarrative(byNarrative),
    answers: overall._count._all,
    meanScore: scoreShare(overall._sum.points ?? 0, overall._count._all),
    completion: {
      completed: completedPairs,
      possible: possiblePairs,
      rate: possiblePairs > 0 ? completedPairs / possiblePairs : null,
    },
    sources: scopedSources(filters),
    answersBySource: sourceCounts,
    /** Answers kept from deleted accounts count in the class figures but belong to nobody on the grid. */
    anonymousAnswers: totals
      .filter((t) => t.userId === null || !memberIds.has(t.userId))
      .reduce((s, t) => s + t._count._all, 0),
  };
}

export async function confusionAndImplications(
  klass: OwnedClass,
  filters: DashboardFilters,
  db: PrismaClient = defaultClient,
) {
  const { where } = await answerScope(klass, filters, undefined, db);
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
        ? [
            {
              implication: row.correctImplication as ImplicationCode,
              answers: row._count._all,
              accuracy: (row._sum.implicationPoints ?? 0) / row._count._all,
            },
          ]
        : [],
    )
    .sort((a, b) => a.accuracy - b.accuracy);
  return { matrix, implicationAccuracy };
}
