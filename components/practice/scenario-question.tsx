"use client";

import { useEffect, useState, type FormEvent } from "react";
import { AnswerFeedback } from "@/components/practice/answer-feedback";
import { AnswerOptions } from "@/components/practice/answer-options";
import { useAnswerDraft } from "@/components/practice/use-answer-draft";
import { useAnswerSubmission, type Choice, type SubmissionStatus } from "@/components/practice/use-answer-submission";
import type { Citation } from "@/lib/content/citation";
import type { ImplicationCode } from "@/lib/domain/implications";
import type { AnswerFeedback as Feedback } from "@/lib/practice/feedback";

interface Props {
  attemptId: string;
  itemId: string;
  scenarioId: string;
  implicationOptions: ImplicationCode[];
  isLast: boolean;
  timeZone: string;
  citation: Citation;
  /** The stored answer when the question was already checked: its feedback is shown again until the trainee moves on. */
  answered?: {
    choice: Choice;
    feedback: Feedback | null;
    feedbackAvailableAt: string | null;
    attemptComplete: boolean;
  } | null;
}

export function ScenarioQuestion(props: Props) {
  const { attemptId, itemId, scenarioId, implicationOptions, isLast, timeZone, citation, answered = null } = props;
  const [initial] = useState<SubmissionStatus>(() =>
    answered
      ? {
          kind: "answered",
          feedback: answered.feedback,
          feedbackAvailableAt: answered.feedbackAvailableAt,
          attemptComplete: answered.attemptComplete,
        }
      : { kind: "answering" },
  );
  const { draft, update, forget } = useAnswerDraft(itemId, answered?.choice ?? null);
  const [errors, setErrors] = useState<{ narrative?: string; implication?: string }>({});
  const { status, submit } = useAnswerSubmission(attemptId, itemId, scenarioId, isLast, initial);
  // Checked on this page (not shown again after a reload): focus moves to the feedback and the address records it.
  const [checkedHere, setCheckedHere] = useState(false);

  useEffect(() => {
    if (status.kind !== "answered" || !checkedHere) return;
    forget();
    // The address now names this question, so a reload shows this feedback again instead of the next question.
    window.history.replaceState(null, "", `?review=${encodeURIComponent(itemId)}`);
  }, [status.kind, checkedHere, itemId, forget]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { narrative, implication, confidence } = draft;
    if (!narrative || !implication) {
      setErrors({
        narrative: narrative ? undefined : "Choose the narrative this testimony carries.",
        implication: implication ? undefined : "Choose the policy implication it supports.",
      });
      document.getElementById(narrative ? "implication-legend" : "narrative-legend")?.focus();
      return;
    }
    setErrors({});
    setCheckedHere(true);
    void submit({ narrative, implication, confidence });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Your answer">
      <AnswerOptions
        implicationOptions={implicationOptions}
        narrative={draft.narrative}
        implication={draft.implication}
        confidence={draft.confidence}
        onNarrative={(narrative) => update({ narrative })}
        onImplication={(implication) => update({ implication })}
        onConfidence={(confidence) => update({ confidence })}
        errors={errors}
        disabled={status.kind === "saving" || status.kind === "answered"}
      />
      {status.kind !== "answered" && (
        <div className="actions">
          <button type="submit" disabled={status.kind === "saving"}>
            {status.kind === "saving"
              ? "Saving your answer…"
              : status.kind === "failed" && status.retryable
                ? "Retry"
                : "Check answer"}
          </button>
        </div>
      )}
      <div aria-live="polite">
        {status.kind === "failed" && (
          <p className="form-error" role="alert">
            {status.message}
          </p>
        )}
      </div>
      {status.kind === "answered" && (
        <AnswerFeedback
          attemptId={attemptId}
          status={status}
          timeZone={timeZone}
          citation={citation}
          focusOnMount={checkedHere}
        />
      )}
    </form>
  );
}
