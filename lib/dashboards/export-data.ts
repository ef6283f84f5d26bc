import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { classOverview } from "@/lib/dashboards/data";
import { ANSWER_SOURCE_CSV, answerSourceOf, type DashboardFilters } from "@/lib/dashboards/filters";
import { answerScope } from "@/lib/dashboards/scope-data";
import { csvLines, UTF8_BOM } from "@/lib/dashboards/csv";
import { implicationName } from "@/lib/domain/labels";
import { isNarrativeCode, NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";
import { env } from "@/lib/env";
import { formatTimestamp } from "@/lib/format";

// Codes for analysis, each with its readable name beside it; times local to APP_TIME_ZONE, named in the time_zone
// column; the live session's title last, empty for other sources.
export const ANSWER_COLUMNS = [
  "trainee",
  "username",
  "source",
  "exercise",
  "scenario_slug",
  "scenario_version",
  "scenario_title",
  "chosen_narrative",
  "chosen_narrative_name",
  "correct_narrative",
  "correct_narrative_name",
  "chosen_implication",
  "chosen_implication_text",
  "correct_implication",
  "correct_implication_text",
  "points",
  "narrative_points",
  "implication_points",
  "confidence",
  "time_ms",
  "answered_at",
  "attempt_started_at",
  "time_zone",
  "live_session",
] as const;

const narrativeName = (code: string) => (isNarrativeCode(code) ? NARRATIVES[code].name : code);

const BATCH = 2000;

/** One row per answer, read in keyset-paginated batches so a large class never sits in memory at once. */
export async function* answerCsv(
  klass: OwnedClass,
  filters: DashboardFilters,
  userId?: string,
  db: PrismaClient = defaultClient,
): AsyncGenerator<string> {
  yield UTF8_BOM + csvLines([ANSWER_COLUMNS]);
  const { where } = await answerScope(klass, filters, userId, db);
  const timeZone = env().APP_TIME_ZONE;
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.answer.findMany({
      where,
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        exerciseId: true,
        liveSessionId: true,
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
        user: { select: { displayName: true, username: true } },
        exercise: { select: { title: true } },
        liveSession: { select: { title: true } },
        scenario: { select: { slug: true, version: true, title: true } },
        attempt: { select: { createdAt: true } },
      },
    });
    if (batch.length === 0) return;
    yield csvLines(
      batch.map((a) => [
        a.user?.displayName ?? "Deleted account",
        a.user?.username ?? "",
        ANSWER_SOURCE_CSV[answerSourceOf(a)],
        a.exercise?.title ?? "",
        a.scenario.slug,
        a.scenario.version,
        a.scenario.title,
        a.chosenNarrative,
        narrativeName(a.chosenNarrative),
        a.primaryNarrative,
        narrativeName(a.primaryNarrative),
        a.chosenImplication,
        implicationName(a.chosenImplication),
        a.correctImplication,
        implicationName(a.correctImplication),
        a.points,
        a.narrativePoints,
        a.implicationPoints,
        a.confidence,
        a.timeMs,
        formatTimestamp(a.createdAt, timeZone),
        formatTimestamp(a.attempt.createdAt, timeZone),
        timeZone,
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
  const header = [
    "trainee",
    "username",
    "answers",
    "mean_score",
    ...NARRATIVE_CODES.map((c) => `${c.toLowerCase()}_accuracy`),
  ];
  const rows = overview.trainees.map((t) => [
    t.displayName,
    t.username ?? "",
    t.answers,
    t.score === null ? "" : t.score.toFixed(3),
    ...NARRATIVE_CODES.map((c) => (t.narratives[c].accuracy === null ? "" : t.narratives[c].accuracy!.toFixed(3))),
  ]);
  return UTF8_BOM + csvLines([header, ...rows]);
}
