"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { AnswerOptions } from "@/components/practice/answer-options";
import { FeedbackPanel } from "@/components/practice/feedback-panel";
import { useAnswerSubmission, type SubmissionStatus } from "@/components/practice/use-answer-submission";
import type { ImplicationCode } from "@/lib/domain/implications";
import type { NarrativeCode } from "@/lib/domain/narratives";
import { formatDateTime } from "@/lib/format";

interface Props {
  attemptId: string;
  itemId: string;
  scenarioId: string;
  implicationOptions: ImplicationCode[];
  isLast: boolean;
  timeZone: string;
}

export function ScenarioQuestion({ attemptId, itemId, scenarioId, implicationOptions, isLast, timeZone }: Props) {
  const [narrative, setNarrative] = useState<NarrativeCode | null>(null);
  const [implication, setImplication] = useState<ImplicationCode | null>(null);
  const [confidence, setConfidence] = useState<number | null>(null);
  const [errors, setErrors] = useState<{ narrative?: string; implication?: string }>({});
  const { status, submit } = useAnswerSubmission(attemptId, itemId, scenarioId, isLast);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!narrative || !implication) {
      setErrors({
        narrative: narrative ? undefined : "Choose the narrative this testimony carries.",
        implication: implication ? undefined : "Choose the policy implication it supports.",
      });
      document.getElementById(narrative ? "implication-legend" : "narrative-legend")?.focus();
      return;
    }
    setErrors({});
    void submit({ narrative, implication, confidence });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <AnswerOptions
        implicationOptions={implicationOptions}
        narrative={narrative}
        implication={implication}
        confidence={confidence}
        onNarrative={setNarrative}
        onImplication={setImplication}
        onConfidence={setConfidence}
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
      {status.kind === "answered" && <AnswerFeedback status={status} timeZone={timeZone} />}
    </form>
  );
}

function AnswerFeedback({
  status,
  timeZone,
}: {
  status: Extract<SubmissionStatus, { kind: "answered" }>;
  timeZone: string;
}) {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className="feedback" aria-labelledby="feedback-heading" ref={ref} tabIndex={-1}>
      <h2 id="feedback-heading">{status.feedback ? "Feedback" : "Answer saved"}</h2>
      {status.feedback ? (
        <FeedbackPanel feedback={status.feedback} />
      ) : (
        <p>
          Your answer is saved. This is an assessment: feedback is shown once it closes
          {status.feedbackAvailableAt ? ` on ${formatDateTime(new Date(status.feedbackAvailableAt), timeZone)}` : ""}.
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={navigating} onClick={() => startNavigation(() => router.refresh())}>
          {navigating ? "Loading…" : status.attemptComplete ? "See summary" : "Next scenario"}
        </button>
      </div>
    </section>
  );
}
