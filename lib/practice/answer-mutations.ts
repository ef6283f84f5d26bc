import "server-only";
import crypto from "node:crypto";
import { Prisma, type PrismaClient } from "@prisma/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { writeTogether } from "@/lib/db/raw-sql";
import { isImplicationCode } from "@/lib/domain/implications";
import { isNarrativeCode } from "@/lib/domain/narratives";
import { env } from "@/lib/env";
import {
  findItemForAnswer,
  isAttemptComplete,
  ownsAttempt,
  type ItemForAnswer,
  type StoredAnswer,
} from "@/lib/practice/answer-data";
import { feedbackHeldUntil, newAnswerRefusal, unknownItem, type AnswerRefusal } from "@/lib/practice/answer-rules";
import { buildFeedback, type AnswerFeedback } from "@/lib/practice/feedback";
import type { AnswerInput } from "@/lib/practice/schema";
import { scoreAnswer, type Score } from "@/lib/practice/scoring";
import { scenarioVersion } from "@/lib/scenarios/data";
import type { Scenario } from "@/lib/content/scenario-schema";

export type RecordAnswerResult =
  | {
      ok: true;
      /** True when this idempotency key had already been stored: the stored result is returned again. */
      replayed: boolean;
      /** Null while an assessment is open: results come once it closes. */
      feedback: AnswerFeedback | null;
      feedbackAvailableAt: Date | null;
      attemptComplete: boolean;
    }
  | AnswerRefusal;

interface NewAnswer {
  item: ItemForAnswer;
  attemptId: string;
  userId: string;
  input: AnswerInput;
  scenario: Scenario;
  score: Score;
  at: Date;
}

/**
 * Inserts the answer and, when it is the attempt's last, marks the attempt complete, in one transaction: a crash
 * between the two can never leave an attempt that is fully answered but not complete. Returns whether it is complete.
 */
async function insertAnswer(db: PrismaClient, a: NewAnswer): Promise<boolean> {
  const { item, input, scenario, score } = a;
  const [, completed] = await writeTogether(db, [
    Prisma.sql`
      INSERT INTO "Answer" ("id", "itemId", "attemptId", "userId", "scenarioId", "exerciseId", "classId", "idempotencyKey",
        "primaryNarrative", "correctImplication", "chosenNarrative", "chosenImplication", "confidence",
        "narrativePoints", "implicationPoints", "points", "timeMs", "createdAt")
      VALUES (${crypto.randomUUID()}, ${item.id}, ${a.attemptId}, ${a.userId}, ${item.scenarioId},
        ${item.exercise?.id ?? null}, ${item.exercise?.classId ?? null}, ${input.idempotencyKey},
        ${scenario.narratives.primary}, ${scenario.implications.correct}, ${input.narrative}, ${input.implication},
        ${input.confidence ?? null}, ${score.narrativePoints}, ${score.implicationPoints}, ${score.points},
        ${input.timeMs ?? null}, ${a.at})`,
    Prisma.sql`
      UPDATE "Attempt" SET "completedAt" = ${a.at}
      WHERE "id" = ${a.attemptId} AND "completedAt" IS NULL
        AND "size" <= (SELECT COUNT(*) FROM "Answer" WHERE "attemptId" = ${a.attemptId})`,
  ]);
  // The attempt was open when the answer was checked (a finished one is refused), so it is complete exactly when this
  // transaction closed it.
  return completed === 1;
}

function storedChoices(answer: StoredAnswer) {
  if (!isNarrativeCode(answer.chosenNarrative) || !isImplicationCode(answer.chosenImplication)) {
    throw new Error("Corrupt stored answer");
  }
  return { ...answer, chosenNarrative: answer.chosenNarrative, chosenImplication: answer.chosenImplication };
}

/**
 * Stores one answer exactly once. The same idempotency key replays the stored result; a different answer to an item
 * already answered is refused. The caller has already authenticated userId; this checks that the attempt is theirs,
 * that its exercise is open and that they are still in its class. The happy path is one read and one transaction:
 * this is the busiest write in a classroom.
 */
export async function recordAnswer(
  userId: string,
  attemptId: string,
  input: AnswerInput,
  db: PrismaClient = defaultClient,
  now: Date = new Date(),
): Promise<RecordAnswerResult> {
  const item = await findItemForAnswer(db, userId, attemptId, input.itemId);
  if (!item) return unknownItem(await ownsAttempt(db, userId, attemptId));
  const scenario = await scenarioVersion(item.scenarioId, db);
  const heldUntil = feedbackHeldUntil(item.exercise, now);
  const shown = (feedback: AnswerFeedback) => (heldUntil ? null : feedback);

  const replay = async (stored: StoredAnswer): Promise<RecordAnswerResult> => ({
    ok: true,
    replayed: true,
    feedback: shown(buildFeedback(scenario, storedChoices(stored))),
    feedbackAvailableAt: heldUntil,
    attemptComplete: await isAttemptComplete(db, attemptId),
  });
  if (item.answer?.idempotencyKey === input.idempotencyKey && item.scenarioId === input.scenarioId) {
    return replay(item.answer);
  }

  const refusal = newAnswerRefusal(item, input, now, env().APP_TIME_ZONE);
  if (refusal) return refusal;
  const score = scoreAnswer(
    {
      primaryNarrative: scenario.narratives.primary,
      acceptedNarratives: scenario.narratives.accepted,
      correctImplication: scenario.implications.correct,
    },
    input,
  );
  try {
    const complete = await insertAnswer(db, { item, attemptId, userId, input, scenario, score, at: now });
    const feedback = buildFeedback(scenario, {
      chosenNarrative: input.narrative,
      chosenImplication: input.implication,
      ...score,
    });
    return {
      ok: true,
      replayed: false,
      feedback: shown(feedback),
      feedbackAvailableAt: heldUntil,
      attemptComplete: complete,
    };
  } catch (error) {
    // A concurrent duplicate won the race: answer as if this one had arrived second.
    if (!isUniqueViolation(error)) throw error;
    const stored = (await findItemForAnswer(db, userId, attemptId, item.id))?.answer;
    if (stored?.idempotencyKey === input.idempotencyKey) return replay(stored);
    return { ok: false, reason: "already-answered", message: "This scenario has already been answered." };
  }
}
