import "server-only";
import type { PrismaClient } from "@prisma/client";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { isImplicationCode, type ImplicationCode } from "@/lib/domain/implications";
import { isNarrativeCode, type NarrativeCode } from "@/lib/domain/narratives";
import { parseImplicationOrder } from "@/lib/practice/data";
import { drawScenarios, shuffledOptions, type DrawCandidate } from "@/lib/practice/draw";
import { dateTimeFormat, windowState } from "@/lib/exercises/window";
import { buildFeedback, type AnswerFeedback } from "@/lib/practice/feedback";
import type { AnswerInput } from "@/lib/practice/schema";
import { scoreAnswer } from "@/lib/practice/scoring";
import { findItemForAnswer, insertAnswer, isUniqueViolation, type ItemForAnswer } from "@/lib/practice/answer-store";
import { parsedVersion, scenarioVersion } from "@/lib/scenarios/scenario-versions";

export class NoScenariosAvailable extends Error {}

export function implicationOptions(correct: ImplicationCode, distractors: readonly ImplicationCode[], random = Math.random) {
  return shuffledOptions([correct, ...distractors], random);
}

export async function createAttempt(
  input: { userId: string; size: number; lastAnsweredAt: ReadonlyMap<string, Date>; random?: () => number },
  db: PrismaClient = defaultClient,
): Promise<{ id: string }> {
  const rows = await db.scenario.findMany({
    where: { isLatest: true },
    select: { id: true, slug: true, primaryNarrative: true, body: true },
  });
  const candidates: (DrawCandidate & { body: string })[] = rows.flatMap((r) =>
    isNarrativeCode(r.primaryNarrative) ? [{ ...r, primaryNarrative: r.primaryNarrative }] : [],
  );
  if (candidates.length === 0) throw new NoScenariosAvailable("There are no scenarios to practise yet.");
  const drawn = drawScenarios(candidates, { size: input.size, lastAnsweredAt: input.lastAnsweredAt, random: input.random });
  const bodies = new Map(candidates.map((c) => [c.id, c.body]));

  return db.attempt.create({
    data: {
      userId: input.userId,
      size: drawn.length,
      items: {
        create: drawn.map((candidate, position) => {
          const scenario = parsedVersion(candidate.id, bodies.get(candidate.id)!);
          const order = implicationOptions(scenario.implications.correct, scenario.implications.distractors, input.random);
          return { position, scenarioId: candidate.id, implicationOrder: JSON.stringify(order) };
        }),
      },
    },
    select: { id: true },
  });
}

export type RecordAnswerResult =
  | {
      ok: true;
      status: 200 | 201;
      replayed: boolean;
      /** Null while an assessment is open: results come once it closes. */
      feedback: AnswerFeedback | null;
      feedbackAvailableAt: Date | null;
      attemptComplete: boolean;
    }
  | { ok: false; status: 404 | 409 | 422; message: string };

function asCodes(answer: { chosenNarrative: string; chosenImplication: string }) {
  if (!isNarrativeCode(answer.chosenNarrative) || !isImplicationCode(answer.chosenImplication)) {
    throw new Error("Corrupt stored answer");
  }
  return { chosenNarrative: answer.chosenNarrative as NarrativeCode, chosenImplication: answer.chosenImplication as ImplicationCode };
}

/**
 * Stores one answer exactly once. The same idempotency key replays the stored result; a different
 * answer to an item already answered is refused. The caller has already authenticated userId.
 * The happy path is one read and one two-statement write: this is the busiest endpoint in a classroom.
 */
export async function recordAnswer(
  userId: string,
  attemptId: string,
  input: AnswerInput,
  db: PrismaClient = defaultClient,
): Promise<RecordAnswerResult> {
  const item = await findItemForAnswer(db, userId, attemptId, input.itemId);
  if (!item) {
    const owned = await db.attempt.count({ where: { id: attemptId, userId } });
    return owned === 0
      ? { ok: false, status: 404, message: "No such practice session." }
      : { ok: false, status: 422, message: "That scenario is not part of this practice session." };
  }
  if (item.scenarioId !== input.scenarioId) {
    return { ok: false, status: 422, message: "The scenario does not match this question." };
  }
  const { exercise, completedAt } = item;
  const scenario = await scenarioVersion(item.scenarioId, db);
  const now = new Date();
  const hideFeedback = exercise?.mode === "ASSESSMENT" && now < exercise.closesAt;
  const reveal = (feedback: AnswerFeedback) => (hideFeedback ? null : feedback);
  const feedbackAvailableAt = hideFeedback ? exercise.closesAt : null;

  const replay = async (stored: NonNullable<ItemForAnswer["answer"]>): Promise<RecordAnswerResult> =>
    stored.idempotencyKey === input.idempotencyKey
      ? {
          ok: true,
          status: 200,
          replayed: true,
          feedback: reveal(buildFeedback(scenario, { ...stored, ...asCodes(stored) })),
          feedbackAvailableAt,
          attemptComplete: await isComplete(db, attemptId),
        }
      : { ok: false, status: 409, message: "This scenario has already been answered." };

  if (item.answer) return replay(item.answer);
  if (completedAt) return { ok: false, status: 409, message: "This practice session is already finished." };
  if (exercise && windowState(exercise, now) !== "open") {
    return {
      ok: false,
      status: 409,
      message:
        now < exercise.opensAt
          ? "This exercise has not opened yet."
          : `This exercise closed on ${dateTimeFormat.format(exercise.closesAt)} and accepts no more answers.`,
    };
  }

  const offered = parseImplicationOrder(item.implicationOrder);
  if (!offered.includes(input.implication)) {
    return { ok: false, status: 422, message: "That policy implication was not one of the options." };
  }

  const score = scoreAnswer(
    {
      primaryNarrative: scenario.narratives.primary,
      acceptedNarratives: scenario.narratives.accepted,
      correctImplication: scenario.implications.correct,
    },
    { narrative: input.narrative, implication: input.implication },
  );

  try {
    const answered = await insertAnswer(db, {
      itemId: item.id,
      attemptId,
      userId,
      scenarioId: item.scenarioId,
      exerciseId: exercise?.id ?? null,
      classId: exercise?.classId ?? null,
      idempotencyKey: input.idempotencyKey,
      primaryNarrative: scenario.narratives.primary,
      correctImplication: scenario.implications.correct,
      chosenNarrative: input.narrative,
      chosenImplication: input.implication,
      confidence: input.confidence ?? null,
      narrativePoints: score.narrativePoints,
      implicationPoints: score.implicationPoints,
      points: score.points,
      timeMs: input.timeMs ?? null,
      createdAt: now,
    });
    const complete = answered >= item.size;
    if (complete) await db.attempt.update({ where: { id: attemptId }, data: { completedAt: now } });
    const feedback = buildFeedback(scenario, {
      chosenNarrative: input.narrative,
      chosenImplication: input.implication,
      ...score,
    });
    return { ok: true, status: 201, replayed: false, feedback: reveal(feedback), feedbackAvailableAt, attemptComplete: complete };
  } catch (error) {
    // A concurrent duplicate won the race: answer as if it had arrived second.
    if (isUniqueViolation(error)) {
      const stored = (await findItemForAnswer(db, userId, attemptId, item.id))?.answer;
      if (stored) return replay(stored);
    }
    throw error;
  }
}

async function isComplete(db: PrismaClient, attemptId: string): Promise<boolean> {
  const attempt = await db.attempt.findUnique({ where: { id: attemptId }, select: { completedAt: true } });
  return attempt?.completedAt != null;
}
