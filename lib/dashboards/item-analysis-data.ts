import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { answerScope, type AnswerScope } from "@/lib/dashboards/scope-data";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import {
  difficultyDisagreement,
  discrimination,
  facility,
  upperLowerGroups,
  type TraineeTotal,
} from "@/lib/dashboards/statistics";

async function medianTimes(scope: AnswerScope, db: PrismaClient): Promise<Map<string, number>> {
  // Standard SQL (window functions), valid on SQLite and PostgreSQL alike.
  const rows = await db.$queryRaw<{ scenarioId: string; medianMs: number | bigint }[]>`
    SELECT "scenarioId", AVG("timeMs") AS "medianMs" FROM (
      SELECT "scenarioId", "timeMs",
        ROW_NUMBER() OVER (PARTITION BY "scenarioId" ORDER BY "timeMs") AS rn,
        COUNT(*) OVER (PARTITION BY "scenarioId") AS n
      FROM "Answer" WHERE "timeMs" IS NOT NULL AND ${scope.sql}
    ) ranked
    WHERE rn IN ((n + 1) / 2, (n + 2) / 2)
    GROUP BY "scenarioId"`;
  return new Map(rows.map((r) => [r.scenarioId, Number(r.medianMs)]));
}

function mostChosen<T extends string>(
  rows: readonly { scenarioId: string; value: T; count: number }[],
): Map<string, { value: T; count: number }> {
  const best = new Map<string, { value: T; count: number }>();
  for (const row of rows) {
    const current = best.get(row.scenarioId);
    if (!current || row.count > current.count) best.set(row.scenarioId, { value: row.value, count: row.count });
  }
  return best;
}

export async function itemAnalysis(klass: OwnedClass, filters: DashboardFilters, db: PrismaClient = defaultClient) {
  const scope = await answerScope(klass, filters, undefined, db);
  const { where } = scope;
  const [items, totals, wrongNarratives, wrongImplications, medians] = await Promise.all([
    db.answer.groupBy({ by: ["scenarioId"], where, _sum: { points: true }, _count: { _all: true } }),
    db.answer.groupBy({
      by: ["userId"],
      where: { ...where, userId: { not: null } },
      _sum: { points: true },
      _count: { _all: true },
    }),
    db.answer.groupBy({
      by: ["scenarioId", "chosenNarrative"],
      where: { ...where, narrativePoints: { lt: 1 } },
      _count: { _all: true },
    }),
    db.answer.groupBy({
      by: ["scenarioId", "chosenImplication"],
      where: { ...where, implicationPoints: { lt: 1 } },
      _count: { _all: true },
    }),
    medianTimes(scope, db),
  ]);
  const groups = upperLowerGroups(
    totals.map((t): TraineeTotal => ({ userId: t.userId!, points: t._sum.points ?? 0, answers: t._count._all })),
  );
  const groupFacility = async (userIds: string[]) => {
    if (userIds.length === 0) return new Map<string, number | null>();
    const rows = await db.answer.groupBy({
      by: ["scenarioId"],
      where: { ...where, userId: { in: userIds } },
      _sum: { points: true },
      _count: { _all: true },
    });
    return new Map(rows.map((r) => [r.scenarioId, facility(r._sum.points ?? 0, r._count._all)]));
  };
  const [upper, lower, scenarios] = await Promise.all([
    groupFacility(groups.upper),
    groupFacility(groups.lower),
    db.scenario.findMany({
      where: { id: { in: items.map((i) => i.scenarioId) } },
      select: { id: true, slug: true, version: true, title: true, primaryNarrative: true, difficulty: true },
    }),
  ]);
  const narrativeMistakes = mostChosen(
    wrongNarratives.map((r) => ({ scenarioId: r.scenarioId, value: r.chosenNarrative, count: r._count._all })),
  );
  const implicationMistakes = mostChosen(
    wrongImplications.map((r) => ({ scenarioId: r.scenarioId, value: r.chosenImplication, count: r._count._all })),
  );
  const byId = new Map(scenarios.map((s) => [s.id, s]));

  return items
    .map((item) => {
      const scenario = byId.get(item.scenarioId);
      const d = discrimination(upper.get(item.scenarioId) ?? null, lower.get(item.scenarioId) ?? null);
      const itemFacility = facility(item._sum.points ?? 0, item._count._all);
      return {
        scenarioId: item.scenarioId,
        slug: scenario?.slug ?? "",
        version: scenario?.version ?? 0,
        title: scenario?.title ?? "",
        primaryNarrative: scenario?.primaryNarrative ?? "",
        answers: item._count._all,
        facility: itemFacility,
        difficulty: scenario?.difficulty ?? null,
        disagreement: scenario ? difficultyDisagreement(scenario.difficulty, itemFacility, item._count._all) : null,
        discrimination: d,
        negative: d !== null && d < 0,
        commonWrongNarrative: narrativeMistakes.get(item.scenarioId) ?? null,
        commonWrongImplication: implicationMistakes.get(item.scenarioId) ?? null,
        medianTimeMs: medians.get(item.scenarioId) ?? null,
      };
    })
    .sort((a, b) => (a.facility ?? 0) - (b.facility ?? 0));
}
