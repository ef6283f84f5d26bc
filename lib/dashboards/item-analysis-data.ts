import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { queryRows } from "@/lib/db/raw-sql";
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
  const rows = await queryRows<{ scenarioId: string; medianMs: number | bigint }>(
    db,
    Prisma.sql`
    SELECT "scenarioId", AVG("timeMs") AS "medianMs" FROM (
      SELECT "scenarioId", "timeMs",
        ROW_NUMBER() OVER (PARTITION BY "scenarioId" ORDER BY "timeMs") AS rn,
        COUNT(*) OVER (PARTITION BY "scenarioId") AS n
      FROM "Answer" WHERE "timeMs" IS NOT NULL AND ${scope.sql}
    ) ranked
    WHERE rn IN ((n + 1) / 2, (n + 2) / 2)
    GROUP BY "scenarioId"`,
  );
  return new Map(rows.map((r) => [r.scenarioId, Number(r.medianMs)]));
}

/** The most frequent wrong choice per scenario. */
function mostChosen(counts: ReadonlyMap<string, Map<string, number>>): Map<string, { value: string; count: number }> {
  const best = new Map<string, { value: string; count: number }>();
  for (const [scenarioId, byValue] of counts) {
    for (const [value, count] of byValue) {
      const current = best.get(scenarioId);
      if (!current || count > current.count) best.set(scenarioId, { value, count });
    }
  }
  return best;
}

function add(counts: Map<string, Map<string, number>>, scenarioId: string, value: string, count: number) {
  const byValue = counts.get(scenarioId) ?? new Map<string, number>();
  byValue.set(value, (byValue.get(value) ?? 0) + count);
  counts.set(scenarioId, byValue);
}

interface ChoiceRow {
  scenarioId: string;
  chosenNarrative: string;
  chosenImplication: string;
  wrongNarrative: number | bigint;
  wrongImplication: number | bigint;
  points: number | null;
  answers: number | bigint;
}

/**
 * Every item's facility and most common wrong narrative and implication from one pass over the class's answers
 * (grouped by scenario and choice), where three group-bys each read every answer again.
 */
async function choicesByScenario(scope: AnswerScope, db: PrismaClient) {
  const rows = await queryRows<ChoiceRow>(
    db,
    Prisma.sql`
    SELECT "scenarioId", "chosenNarrative", "chosenImplication",
      CASE WHEN "narrativePoints" < 1 THEN 1 ELSE 0 END AS "wrongNarrative",
      CASE WHEN "implicationPoints" < 1 THEN 1 ELSE 0 END AS "wrongImplication",
      SUM("points") AS "points", COUNT(*) AS "answers"
    FROM "Answer" WHERE ${scope.sql}
    GROUP BY "scenarioId", "chosenNarrative", "chosenImplication",
      CASE WHEN "narrativePoints" < 1 THEN 1 ELSE 0 END, CASE WHEN "implicationPoints" < 1 THEN 1 ELSE 0 END`,
  );
  const items = new Map<string, { points: number; answers: number }>();
  const wrongNarratives = new Map<string, Map<string, number>>();
  const wrongImplications = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const answers = Number(row.answers);
    const item = items.get(row.scenarioId) ?? { points: 0, answers: 0 };
    item.points += Number(row.points ?? 0);
    item.answers += answers;
    items.set(row.scenarioId, item);
    if (Number(row.wrongNarrative) === 1) add(wrongNarratives, row.scenarioId, row.chosenNarrative, answers);
    if (Number(row.wrongImplication) === 1) add(wrongImplications, row.scenarioId, row.chosenImplication, answers);
  }
  return {
    items,
    narrativeMistakes: mostChosen(wrongNarratives),
    implicationMistakes: mostChosen(wrongImplications),
  };
}

interface ScoreRow {
  scenarioId: string;
  userId: string;
  points: number | bigint | null;
  answers: number | bigint;
}

/**
 * Each trainee's total, and each item's facility in the upper and in the lower group of trainees by that total, from
 * one pass over the class's answers grouped by item and trainee.
 */
async function groupFacilities(scope: AnswerScope, db: PrismaClient) {
  const rows = await queryRows<ScoreRow>(
    db,
    Prisma.sql`
      SELECT "scenarioId", "userId", SUM("points") AS "points", COUNT(*) AS "answers"
      FROM "Answer" WHERE "userId" IS NOT NULL AND ${scope.sql}
      GROUP BY "scenarioId", "userId"`,
  );
  const totals = new Map<string, TraineeTotal>();
  for (const row of rows) {
    const total = totals.get(row.userId) ?? { userId: row.userId, points: 0, answers: 0 };
    total.points += Number(row.points ?? 0);
    total.answers += Number(row.answers);
    totals.set(row.userId, total);
  }
  const groups = upperLowerGroups([...totals.values()]);
  const inUpper = new Set(groups.upper);
  const inLower = new Set(groups.lower);
  const sums = { upper: new Map<string, [number, number]>(), lower: new Map<string, [number, number]>() };
  for (const row of rows) {
    const group = inUpper.has(row.userId) ? sums.upper : inLower.has(row.userId) ? sums.lower : null;
    if (!group) continue;
    const [points, answers] = group.get(row.scenarioId) ?? [0, 0];
    group.set(row.scenarioId, [points + Number(row.points ?? 0), answers + Number(row.answers)]);
  }
  const upper = new Map<string, number | null>();
  const lower = new Map<string, number | null>();
  for (const [id, [points, answers]] of sums.upper) upper.set(id, facility(points, answers));
  for (const [id, [points, answers]] of sums.lower) lower.set(id, facility(points, answers));
  return { upper, lower };
}

export async function itemAnalysis(klass: OwnedClass, filters: DashboardFilters, db: PrismaClient = defaultClient) {
  const scope = await answerScope(klass, filters, undefined, db);
  const [choices, { upper, lower }, medians] = await Promise.all([
    choicesByScenario(scope, db),
    groupFacilities(scope, db),
    medianTimes(scope, db),
  ]);
  const scenarios = await db.scenario.findMany({
    where: { id: { in: [...choices.items.keys()] } },
    select: { id: true, slug: true, version: true, title: true, primaryNarrative: true, difficulty: true },
  });
  const byId = new Map(scenarios.map((s) => [s.id, s]));

  return [...choices.items]
    .map(([scenarioId, item]) => {
      const scenario = byId.get(scenarioId);
      const d = discrimination(upper.get(scenarioId) ?? null, lower.get(scenarioId) ?? null);
      const itemFacility = facility(item.points, item.answers);
      return {
        scenarioId,
        slug: scenario?.slug ?? "",
        version: scenario?.version ?? 0,
        title: scenario?.title ?? "",
        primaryNarrative: scenario?.primaryNarrative ?? "",
        answers: item.answers,
        facility: itemFacility,
        difficulty: scenario?.difficulty ?? null,
        disagreement: scenario ? difficultyDisagreement(scenario.difficulty, itemFacility, item.answers) : null,
        discrimination: d,
        negative: d !== null && d < 0,
        commonWrongNarrative: choices.narrativeMistakes.get(scenarioId) ?? null,
        commonWrongImplication: choices.implicationMistakes.get(scenarioId) ?? null,
        medianTimeMs: medians.get(scenarioId) ?? null,
      };
    })
    .sort((a, b) => (a.facility ?? 0) - (b.facility ?? 0));
}
