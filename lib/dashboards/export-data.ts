import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { answerScope, classOverview } from "@/lib/dashboards/data";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import { csvLines, UTF8_BOM } from "@/lib/dashboards/csv";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";

export const ANSWER_COLUMNS = [
  "trainee",
  "exercise",
  "scenario_slug",
  "scenario_version",
  "chosen_narrative",
  "correct_narrative",
  "chosen_implication",
  "correct_implication",
  "points",
  "narrative_points",
  "implication_points",
  "confidence",
  "time_ms",
  "answered_at",
  "attempt_started_at",
  "live_session",
] as const;

const BATCH = 2000;

/** One row per answer, read in keyset-paginated batches so a large class never sits in memory at once. */
export async function* answerCsv(
  klass: OwnedClass,
  filters: DashboardFilters,
  userId?: string,
  db: PrismaClient = defaultClient,
): AsyncGenerator<string> {
  yield UTF8_BOM + csvLines([ANSWER_COLUMNS]);
  const where = answerScope(klass.id, filters, userId);
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.answer.findMany({
      where,
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        chosenNarrative: true,
        primaryNarrative: true,
        chosenImplication: true,
        correctImplication: true,
        points: true,
        narrativePoints: true,
        implicationPoints: true,
        confidence: true,
        timeMs: true,
        createdAt: true,
        user: { select: { displayName: true } },
        exercise: { select: { title: true } },
        liveSession: { select: { title: true } },
        scenario: { select: { slug: true, version: true } },
        attempt: { select: { createdAt: true } },
      },
    });
    if (batch.length === 0) return;
    yield csvLines(
      batch.map((a) => [
        a.user?.displayName ?? "Deleted account",
        a.exercise?.title ?? "",
        a.scenario.slug,
        a.scenario.version,
        a.chosenNarrative,
        a.primaryNarrative,
        a.chosenImplication,
        a.correctImplication,
        a.points,
        a.narrativePoints,
        a.implicationPoints,
        a.confidence,
        a.timeMs,
        a.createdAt,
        a.attempt.createdAt,
        a.liveSession?.title ?? "",
      ]),
    );
    cursor = batch[batch.length - 1]!.id;
    if (batch.length < BATCH) return;
  }
}

/** One row per trainee: answers, mean score and accuracy per narrative, in the current filters. */
export async function summaryCsv(
  klass: OwnedClass,
  filters: DashboardFilters,
  db: PrismaClient = defaultClient,
): Promise<string> {
  const overview = await classOverview(klass, filters, db);
  const header = ["trainee", "answers", "mean_score", ...NARRATIVE_CODES.map((c) => `${c.toLowerCase()}_accuracy`)];
  const rows = overview.trainees.map((t) => [
    t.displayName,
    t.answers,
    t.score === null ? "" : t.score.toFixed(3),
    ...NARRATIVE_CODES.map((c) => (t.narratives[c].accuracy === null ? "" : t.narratives[c].accuracy!.toFixed(3))),
  ]);
  return UTF8_BOM + csvLines([header, ...rows]);
}
