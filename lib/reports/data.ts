import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { prePostIdsForClass, prePostResults } from "@/lib/prepost/data";
import { learningGain } from "@/lib/prepost/gain";
import type { RawClassReport } from "@/lib/reports/report";

// The class report's figures before suppression: each comes with how many distinct trainees it is drawn from, so
// report.ts can withhold those drawn from too few. Answers of deleted accounts count in the figures but add no trainee.

function distinctTrainees<K extends string>(rows: readonly { key: K; userId: string | null }[]): Map<K, number> {
  const sets = new Map<K, Set<string>>();
  for (const row of rows) {
    if (!row.userId) continue;
    if (!sets.has(row.key)) sets.set(row.key, new Set());
    sets.get(row.key)!.add(row.userId);
  }
  return new Map([...sets].map(([key, set]) => [key, set.size]));
}

export async function rawClassReport(
  klass: OwnedClass,
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
): Promise<RawClassReport> {
  const where = { classId: klass.id };
  const [members, answered, span, exercises, narratives, implications, confusion, prePostIds] = await Promise.all([
    db.classMember.count({ where }),
    db.answer.groupBy({ by: ["userId"], where: { ...where, userId: { not: null } } }),
    db.answer.aggregate({ where, _min: { createdAt: true }, _max: { createdAt: true }, _count: { _all: true } }),
    db.exercise.findMany({
      where,
      orderBy: { opensAt: "asc" },
      select: {
        id: true,
        title: true,
        mode: true,
        attempts: { where: { completedAt: { not: null }, userId: { not: null } }, select: { userId: true } },
      },
    }),
    db.answer.groupBy({
      by: ["primaryNarrative", "userId"],
      where,
      _sum: { narrativePoints: true },
      _count: { _all: true },
    }),
    db.answer.groupBy({
      by: ["correctImplication", "userId"],
      where,
      _sum: { implicationPoints: true },
      _count: { _all: true },
    }),
    db.answer.groupBy({ by: ["primaryNarrative", "chosenNarrative", "userId"], where, _count: { _all: true } }),
    prePostIdsForClass(klass, db),
  ]);

  const sum = <R>(rows: readonly R[], value: (r: R) => number) => rows.reduce((s, r) => s + value(r), 0);
  const grouped = <R, K extends string>(rows: readonly R[], key: (r: R) => K) => {
    const groups = new Map<K, R[]>();
    for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
    return groups;
  };

  const narrativeTrainees = distinctTrainees(narratives.map((r) => ({ key: r.primaryNarrative, userId: r.userId })));
  const implicationTrainees = distinctTrainees(
    implications.map((r) => ({ key: r.correctImplication, userId: r.userId })),
  );
  const cellKey = (r: { primaryNarrative: string; chosenNarrative: string }) =>
    `${r.primaryNarrative}>${r.chosenNarrative}`;
  const cellTrainees = distinctTrainees(confusion.map((r) => ({ key: cellKey(r), userId: r.userId })));

  const prePosts = [];
  for (const id of prePostIds) {
    const results = await prePostResults(klass, id, now, db);
    if (results) prePosts.push({ title: results.title, phase: results.phase, gain: learningGain(results.trainees) });
  }

  return {
    className: klass.name,
    members,
    answeringTrainees: answered.length,
    answers: span._count._all,
    firstAnswerAt: span._min.createdAt,
    lastAnswerAt: span._max.createdAt,
    exercises: exercises.map((e) => ({
      title: e.title,
      mode: e.mode,
      completedBy: new Set(e.attempts.map((a) => a.userId)).size,
    })),
    narratives: [...grouped(narratives, (r) => r.primaryNarrative)].map(([narrative, rows]) => ({
      narrative,
      earned: sum(rows, (r) => r._sum.narrativePoints ?? 0),
      answers: sum(rows, (r) => r._count._all),
      trainees: narrativeTrainees.get(narrative) ?? 0,
    })),
    implications: [...grouped(implications, (r) => r.correctImplication)].map(([implication, rows]) => ({
      implication,
      earned: sum(rows, (r) => r._sum.implicationPoints ?? 0),
      answers: sum(rows, (r) => r._count._all),
      trainees: implicationTrainees.get(implication) ?? 0,
    })),
    confusion: [...grouped(confusion, cellKey)].map(([key, rows]) => ({
      actual: rows[0]!.primaryNarrative,
      chosen: rows[0]!.chosenNarrative,
      answers: sum(rows, (r) => r._count._all),
      trainees: cellTrainees.get(key) ?? 0,
    })),
    prePosts,
  };
}
