import "server-only";
import crypto from "node:crypto";
import { Prisma, type PrismaClient } from "@prisma/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { writeTogether } from "@/lib/db/raw-sql";
import { announceTally } from "@/lib/live/events";
import { liveIdleMs } from "@/lib/live/idle";
import { findLiveAnswerContext, type LiveAnswerContext } from "@/lib/live/answer-data";
import type { LiveAnswerInput } from "@/lib/live/schema";
import { isAnswering, settle } from "@/lib/live/state-machine";
import { parseImplicationOrder } from "@/lib/practice/item-order";
import { scoreAnswer } from "@/lib/practice/scoring";
import { scenarioVersion } from "@/lib/scenarios/data";

/** Why a live answer was not stored, in the domain's words; the route maps each to an HTTP status. */
export type LiveAnswerRefusalReason =
  | "unknown-session"
  | "not-a-member"
  | "not-joined"
  | "not-in-session"
  | "option-not-offered"
  | "key-reused"
  | "class-archived"
  | "not-open"
  | "paused"
  | "closed"
  | "ended";

export type LiveAnswerResult =
  { ok: true; replayed: boolean } | { ok: false; reason: LiveAnswerRefusalReason; message: string };

const refuse = (reason: LiveAnswerRefusalReason, message: string) => ({ ok: false, reason, message }) as const;

/** Why this answer cannot be stored now, or null when it can. */
function refusal(ctx: LiveAnswerContext, input: LiveAnswerInput, now: Date): LiveAnswerResult | null {
  if (!ctx.member) return refuse("not-a-member", "You are no longer a member of this session's class.");
  if (ctx.classArchived) return refuse("class-archived", "This class is archived and accepts no more answers.");
  const state = settle(ctx.state, now, liveIdleMs());
  if (state.phase === "ENDED") return refuse("ended", "This live session has ended: your answer was not counted.");
  if (state.phase === "LOBBY") return refuse("not-open", "No scenario is open for answers yet.");
  if (ctx.item!.position !== state.position || state.phase === "CLOSED" || state.phase === "REVEALED") {
    return refuse("closed", "Answers to this scenario have closed: your answer was not counted.");
  }
  if (state.phase === "PAUSED") return refuse("paused", "Answering is paused: your answer is sent when it resumes.");
  if (!isAnswering(state, now)) return refuse("closed", "Time is up: your answer was not counted.");
  if (!parseImplicationOrder(ctx.item!.implicationOrder).includes(input.implication)) {
    return refuse("option-not-offered", "That policy implication was not one of the options.");
  }
  return null;
}

/**
 * Stores a trainee's answer to the scenario on screen, or their changed answer while answers are open. A trainee has
 * one answer row per scenario (the dashboards count rows), updated in place while open; each submission carries its
 * own idempotency key, so a retry after a lost connection is applied once and answered "replayed", even after answers
 * have closed. The write only lands if the session is still at the version that was checked and the trainee still a
 * member: a concurrent "Close answers" or removal from the class wins over an answer in flight.
 */
export async function recordLiveAnswer(
  userId: string,
  sessionId: string,
  input: LiveAnswerInput,
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
): Promise<LiveAnswerResult> {
  for (let round = 0; round < 3; round++) {
    const ctx = await findLiveAnswerContext(db, userId, sessionId, input.scenarioId);
    if (!ctx || (!ctx.member && !ctx.attemptId))
      return refuse("unknown-session", "No such live session in your classes.");
    if (!ctx.attemptId) return refuse("not-joined", "Join the live session before answering.");
    if (!ctx.item) return refuse("not-in-session", "That scenario is not part of this live session.");
    if (ctx.item.answerKey === input.idempotencyKey) return { ok: true, replayed: true };
    const refused = refusal(ctx, input, now);
    if (refused) return refused;

    const scenario = await scenarioVersion(input.scenarioId, db);
    const score = scoreAnswer(
      {
        primaryNarrative: scenario.narratives.primary,
        acceptedNarratives: scenario.narratives.accepted,
        correctImplication: scenario.implications.correct,
      },
      input,
    );
    const timeMs = ctx.state.openedAt
      ? Math.min(Math.max(0, now.getTime() - ctx.state.openedAt.getTime()), 86_400_000)
      : null;
    let written: number;
    try {
      const [changed] = await writeTogether(db, [
        Prisma.sql`
        INSERT INTO "Answer" ("id", "itemId", "attemptId", "userId", "scenarioId", "exerciseId", "classId",
          "idempotencyKey", "primaryNarrative", "correctImplication", "chosenNarrative", "chosenImplication", "confidence",
          "narrativePoints", "implicationPoints", "points", "timeMs", "createdAt", "liveSessionId")
        SELECT ${crypto.randomUUID()}, ${ctx.item.id}, ${ctx.attemptId}, ${userId}, ${input.scenarioId}, NULL,
          ${ctx.classId}, ${input.idempotencyKey}, ${scenario.narratives.primary}, ${scenario.implications.correct},
          ${input.narrative}, ${input.implication}, ${input.confidence ?? null}, ${score.narrativePoints},
          ${score.implicationPoints}, ${score.points}, ${timeMs}, ${now}, ${sessionId}
        WHERE EXISTS (SELECT 1 FROM "LiveSession" WHERE "id" = ${sessionId} AND "version" = ${ctx.version})
          AND EXISTS (SELECT 1 FROM "ClassMember" WHERE "classId" = ${ctx.classId} AND "userId" = ${userId})
        ON CONFLICT ("itemId") DO UPDATE SET
          "idempotencyKey" = excluded."idempotencyKey", "chosenNarrative" = excluded."chosenNarrative",
          "chosenImplication" = excluded."chosenImplication", "confidence" = excluded."confidence",
          "narrativePoints" = excluded."narrativePoints", "implicationPoints" = excluded."implicationPoints",
          "points" = excluded."points", "timeMs" = excluded."timeMs", "createdAt" = excluded."createdAt"`,
      ]);
      written = changed ?? 0;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The key is already on this trainee's answer to another scenario: a client bug or a forged request.
      return refuse("key-reused", "This idempotency key was already used for another answer.");
    }
    if (written > 0) {
      await announceTally(sessionId);
      return { ok: true, replayed: false };
    }
    // The session moved on (or the trainee was removed) between the check and the write: check again.
  }
  return refuse("closed", "Answers to this scenario have closed: your answer was not counted.");
}
