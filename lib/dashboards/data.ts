import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { queryRows } from "@/lib/db/raw-sql";
import { isImplicationCode, type ImplicationCode } from "@/lib/domain/implications";
import { isNarrativeCode, NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import { answerScope, answersBySource, scopedSources } from "@/lib/dashboards/scope-data";
import { confusionMatrix, weakestNarrative } from "@/lib/dashboards/statistics";
import { scoreShare } from "@/lib/practice/scoring";

// Every aggregate runs in the database over the indexed, denormalised answer columns. Each takes an OwnedClass, which
// only the ownership check makes, so none can be asked about another educator's class. A view reads the class's
// answers as few times as it can: each pass costs about as much as the class has answers (docs/performance.md).

interface GridRow {
  userId: string | null;
  primaryNarrative: string;
  narrativePoints: number | bigint | null;
  points: number | bigint | null;
  answers: number | bigint;
}

interface Sum {
  points: number;
  answers: number;
}

function addTo<K>(sums: Map<K, Sum>, key: K, points: number, answers: number) {
  const sum = sums.get(key) ?? { points: 0, answers: 0 };
  sum.points += points;
  sum.answers += answers;
  sums.set(key, sum);
}

export async function classOverview(klass: OwnedClass, filters: DashboardFilters, db: PrismaClient = defaultClient) {
  const classId = klass.id;
  const scope = await answerScope(klass, filters, undefined, db);
  const [members, grid, exercises, completions, sourceCounts] = await Promise.all([
    db.classMember.findMany({
      where: { classId },
      select: { user: { select: { id: true, displayName: true, username: true } } },
      orderBy: { joinedAt: "asc" },
    }),
    // The grid, each trainee's totals and the class's, from one pass.
    queryRows<GridRow>(
      db,
      Prisma.sql`
        SELECT "userId", "primaryNarrative", SUM("narrativePoints") AS "narrativePoints", SUM("points") AS "points",
          COUNT(*) AS "answers"
        FROM "Answer" WHERE ${scope.sql}
        GROUP BY "userId", "primaryNarrative"`,
    ),
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
  const totalsByUser = new Map<string | null, Sum>();
  const byNarrativeSums = new Map<string, Sum>();
  const overall: Sum = { points: 0, answers: 0 };
  for (const row of grid) {
    const answers = Number(row.answers);
    const narrativePoints = Number(row.narrativePoints ?? 0);
    const points = Number(row.points ?? 0);
    if (row.userId) cells.set(`${row.userId}:${row.primaryNarrative}`, { earned: narrativePoints, answers });
    addTo(totalsByUser, row.userId, points, answers);
    addTo(byNarrativeSums, row.primaryNarrative, narrativePoints, answers);
    overall.points += points;
    overall.answers += answers;
  }
  const memberIds = new Set(members.map((m) => m.user.id));
  const trainees = members.map(({ user }) => {
    const total = totalsByUser.get(user.id);
    return {
      userId: user.id,
      displayName: user.displayName,
      username: user.username,
      answers: total?.answers ?? 0,
      score: scoreShare(total?.points ?? 0, total?.answers ?? 0),
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
    const sum = byNarrativeSums.get(narrative);
    return { narrative, earned: sum?.points ?? 0, answers: sum?.answers ?? 0 };
  });
  const completedPairs = completions.filter((c) => c.userId && memberIds.has(c.userId)).length;
  const possiblePairs = members.length * exercises;
  return {
    trainees,
    byNarrative,
    weakest: weakestNarrative(byNarrative),
    answers: overall.answers,
    meanScore: scoreShare(overall.points, overall.answers),
    completion: {
      completed: completedPairs,
      possible: possiblePairs,
      rate: possiblePairs > 0 ? completedPairs / possiblePairs : null,
    },
    sources: scopedSources(filters),
    answersBySource: sourceCounts,
    /** Answers kept from deleted accounts count in the class figures but belong to nobody on the grid. */
    anonymousAnswers: [...totalsByUser]
      .filter(([userId]) => userId === null || !memberIds.has(userId))
      .reduce((s, [, total]) => s + total.answers, 0),
  };
}

interface ConfusionRow {
  primaryNarrative: string;
  chosenNarrative: string;
  correctImplication: string;
  implicationPoints: number | bigint | null;
  answers: number | bigint;
}

export async function confusionAndImplications(
  klass: OwnedClass,
  filters: DashboardFilters,
  db: PrismaClient = defaultClient,
) {
  const scope = await answerScope(klass, filters, undefined, db);
  // The matrix and the implications from one pass: at most 4 × 4 × 4 groups.
  const rows = await queryRows<ConfusionRow>(
    db,
    Prisma.sql`
      SELECT "primaryNarrative", "chosenNarrative", "correctImplication",
        SUM("implicationPoints") AS "implicationPoints", COUNT(*) AS "answers"
      FROM "Answer" WHERE ${scope.sql}
      GROUP BY "primaryNarrative", "chosenNarrative", "correctImplication"`,
  );
  const pairs = new Map<string, { actual: NarrativeCode; chosen: NarrativeCode; count: number }>();
  const implications = new Map<ImplicationCode, Sum>();
  for (const row of rows) {
    const answers = Number(row.answers);
    if (isNarrativeCode(row.primaryNarrative) && isNarrativeCode(row.chosenNarrative)) {
      const key = `${row.primaryNarrative}:${row.chosenNarrative}`;
      const pair = pairs.get(key) ?? { actual: row.primaryNarrative, chosen: row.chosenNarrative, count: 0 };
      pair.count += answers;
      pairs.set(key, pair);
    }
    if (isImplicationCode(row.correctImplication)) {
      addTo(implications, row.correctImplication, Number(row.implicationPoints ?? 0), answers);
    }
  }
  const matrix = confusionMatrix([...pairs.values()]);
  const implicationAccuracy = [...implications]
    .map(([implication, sum]) => ({ implication, answers: sum.answers, accuracy: sum.points / sum.answers }))
    .sort((a, b) => a.accuracy - b.accuracy);
  return { matrix, implicationAccuracy };
}
