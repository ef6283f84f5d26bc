import { isImplicationCode, type ImplicationCode } from "@/lib/domain/implications";
import { isNarrativeCode, type NarrativeCode } from "@/lib/domain/narratives";
import { resultsHeldUntil, windowState } from "@/lib/exercises/window";
import type { AttemptWithItems } from "@/lib/practice/data";
import { buildFeedback, type AnswerFeedback } from "@/lib/practice/feedback";

type Item = AttemptWithItems["items"][number];

/** An answered question as its trainee saw it after checking: their choices and the feedback, or why it is held. */
export interface AnsweredQuestion {
  choice: { narrative: NarrativeCode; implication: ImplicationCode; confidence: number | null };
  feedback: AnswerFeedback | null;
  /** While an assessment is open, when its feedback will be shown. */
  feedbackAvailableAt: Date | null;
  /** Whether moving on leads to the summary rather than to another question. */
  attemptComplete: boolean;
}

export type AttemptView =
  /** A question to answer, or (with `answered`) one just answered, shown again until the trainee moves on. */
  | { kind: "question"; item: Item; answeredCount: number; isLast: boolean; answered: AnsweredQuestion | null }
  /** An assessment still open whose answers are in (or can no longer be given): results come once it closes. */
  | { kind: "held"; unanswered: boolean; blocked: string | null }
  /** The summary: every question answered, or the exercise closed or out of reach with questions left. */
  | { kind: "summary"; closedEarly: boolean; blocked: string | null };

// The answer endpoint refuses these too; the page says why instead of offering a question it would refuse.
function blockedReason(exercise: AttemptWithItems["exercise"]): string | null {
  if (exercise?.access === "removed") {
    return "You are no longer a member of this exercise's class and cannot answer more of it.";
  }
  return exercise?.access === "archived" ? "This class is archived and accepts no more answers." : null;
}

/**
 * What the practice page shows. `reviewItemId` names the question the trainee has just checked (the page's address
 * keeps it after checking), so a reload shows the same feedback until they choose to move on.
 */
export function attemptView(attempt: AttemptWithItems, reviewItemId: string | undefined, now: Date): AttemptView {
  const { exercise } = attempt;
  const state = exercise ? windowState(exercise, now) : "open";
  const blocked = blockedReason(exercise);
  const unanswered = attempt.items.filter((item) => !item.answer);
  const answeredCount = attempt.items.length - unanswered.length;
  const next = state === "open" && !blocked ? unanswered[0] : undefined;

  const reviewed = reviewItemId ? attempt.items.find((item) => item.id === reviewItemId && item.answer) : undefined;
  const answer = reviewed?.answer;
  if (reviewed && answer && isNarrativeCode(answer.chosenNarrative) && isImplicationCode(answer.chosenImplication)) {
    const heldUntil = resultsHeldUntil(exercise, now);
    const stored = { ...answer, chosenNarrative: answer.chosenNarrative, chosenImplication: answer.chosenImplication };
    return {
      kind: "question",
      item: reviewed,
      answeredCount,
      isLast: !next,
      answered: {
        choice: {
          narrative: stored.chosenNarrative,
          implication: stored.chosenImplication,
          confidence: answer.confidence,
        },
        feedback: heldUntil ? null : buildFeedback(reviewed.scenario, stored),
        feedbackAvailableAt: heldUntil,
        attemptComplete: !next,
      },
    };
  }
  const remaining = unanswered.length > 0;
  if (exercise?.mode === "ASSESSMENT" && state !== "closed" && !next) {
    return { kind: "held", unanswered: remaining, blocked: remaining ? blocked : null };
  }
  if (!next) return { kind: "summary", closedEarly: remaining && !blocked, blocked: remaining ? blocked : null };
  return { kind: "question", item: next, answeredCount, isLast: unanswered.length === 1, answered: null };
}
