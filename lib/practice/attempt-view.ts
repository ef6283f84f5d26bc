import { isImplicationCode, type ImplicationCode } from "@/lib/domain/implications";
import { isNarrativeCode, type NarrativeCode } from "@/lib/domain/narratives";
import { windowState } from "@/lib/exercises/window";
import { feedbackHeldUntil } from "@/lib/practice/answer-rules";
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
  /** An assessment whose answers are all in while it is still open: results come once it closes. */
  | { kind: "held" }
  /** Every question answered, or the exercise closed: the summary, noting when questions were left unanswered. */
  | { kind: "summary"; closedEarly: boolean };

/**
 * What the practice page shows. `reviewItemId` names the question the trainee has just checked (the page's address
 * keeps it after checking), so a reload shows the same feedback until they choose to move on.
 */
export function attemptView(attempt: AttemptWithItems, reviewItemId: string | undefined, now: Date): AttemptView {
  const { exercise } = attempt;
  const open = exercise ? windowState(exercise, now) === "open" : true;
  const unanswered = attempt.items.filter((item) => !item.answer);
  const answeredCount = attempt.items.length - unanswered.length;
  const next = open ? unanswered[0] : undefined;

  const reviewed = reviewItemId ? attempt.items.find((item) => item.id === reviewItemId && item.answer) : undefined;
  const answer = reviewed?.answer;
  if (reviewed && answer && isNarrativeCode(answer.chosenNarrative) && isImplicationCode(answer.chosenImplication)) {
    const heldUntil = feedbackHeldUntil(exercise, now);
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
  if (exercise?.mode === "ASSESSMENT" && open && !next) return { kind: "held" };
  if (!next) return { kind: "summary", closedEarly: unanswered.length > 0 };
  return { kind: "question", item: next, answeredCount, isLast: unanswered.length === 1, answered: null };
}
