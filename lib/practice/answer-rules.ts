import { formatDateTime } from "@/lib/format";
import { resultsHeldUntil, windowState } from "@/lib/exercises/window";
import type { ItemForAnswer } from "@/lib/practice/answer-data";
import { parseImplicationOrder } from "@/lib/practice/item-order";
import type { AnswerInput } from "@/lib/practice/schema";

/** Why an answer was not stored, in the domain's words; the route maps each to an HTTP status. */
export type AnswerRefusalReason =
  | "unknown-attempt"
  | "not-in-attempt"
  | "scenario-mismatch"
  | "option-not-offered"
  | "already-answered"
  | "attempt-finished"
  | "not-open-yet"
  | "closed"
  | "not-a-member"
  | "class-archived";

export interface AnswerRefusal {
  ok: false;
  reason: AnswerRefusalReason;
  message: string;
}

const refuse = (reason: AnswerRefusalReason, message: string): AnswerRefusal => ({ ok: false, reason, message });

/** While an assessment is open its feedback is held back; it is shown from the moment it closes. */
export function feedbackHeldUntil(exercise: ItemForAnswer["exercise"], now: Date): Date | null {
  return resultsHeldUntil(exercise, now);
}

/** Why a new answer to this item cannot be stored now, or null when it can. */
export function newAnswerRefusal(
  item: ItemForAnswer,
  input: AnswerInput,
  now: Date,
  timeZone: string,
): AnswerRefusal | null {
  if (item.scenarioId !== input.scenarioId)
    return refuse("scenario-mismatch", "The scenario does not match this question.");
  if (item.answer) return refuse("already-answered", "This scenario has already been answered.");
  if (item.completedAt) return refuse("attempt-finished", "This practice session is already finished.");
  const { exercise } = item;
  if (exercise) {
    if (!exercise.member) return refuse("not-a-member", "You are no longer a member of this exercise's class.");
    if (exercise.classArchived) return refuse("class-archived", "This class is archived and accepts no more answers.");
    const state = windowState(exercise, now);
    if (state === "upcoming") return refuse("not-open-yet", "This exercise has not opened yet.");
    if (state === "closed") {
      return refuse(
        "closed",
        `This exercise closed on ${formatDateTime(exercise.closesAt, timeZone)} and accepts no more answers.`,
      );
    }
    if (exercise.preTestClosedAt && now >= exercise.preTestClosedAt) {
      return refuse(
        "closed",
        `This pre-test closed when the post-test opened on ${formatDateTime(exercise.preTestClosedAt, timeZone)}.`,
      );
    }
  }
  if (!parseImplicationOrder(item.implicationOrder).includes(input.implication)) {
    return refuse("option-not-offered", "That policy implication was not one of the options.");
  }
  return null;
}

export const unknownItem = (attemptExists: boolean): AnswerRefusal =>
  attemptExists
    ? refuse("not-in-attempt", "That scenario is not part of this practice session.")
    : refuse("unknown-attempt", "No such practice session.");
