"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { FeedbackPanel } from "@/components/practice/feedback-panel";
import { IMPLICATIONS, type ImplicationCode } from "@/lib/domain/implications";
import { NARRATIVE_CODES, NARRATIVES, type NarrativeCode } from "@/lib/domain/narratives";
import { dateTimeFormat } from "@/lib/exercises/window";
import type { AnswerFeedback } from "@/lib/practice/feedback";

interface Props {
  attemptId: string;
  itemId: string;
  scenarioId: string;
  implicationOptions: ImplicationCode[];
  isLast: boolean;
}

type Status =
  | { kind: "answering" }
  | { kind: "saving" }
  | { kind: "failed"; message: string; retryable: boolean }
  | { kind: "answered"; feedback: AnswerFeedback | null; feedbackAvailableAt: string | null; attemptComplete: boolean };

interface FieldErrors {
  narrative?: string;
  implication?: string;
}

export function ScenarioQuestion({ attemptId, itemId, scenarioId, implicationOptions, isLast }: Props) {
  const router = useRouter();
  const [narrative, setNarrative] = useState<NarrativeCode | null>(null);
  const [implication, setImplication] = useState<ImplicationCode | null>(null);
  const [confidence, setConfidence] = useState<number | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ kind: "answering" });
  const [navigating, startNavigation] = useTransition();
  // One key per question: a repeated or retried submission is stored once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [shownAt] = useState(() => Date.now());
  const feedbackRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (status.kind === "answered") feedbackRef.current?.focus();
  }, [status.kind]);

  async function submit() {
    if (!narrative || !implication) {
      setErrors({
        narrative: narrative ? undefined : "Choose the narrative this testimony carries.",
        implication: implication ? undefined : "Choose the policy implication it supports.",
      });
      document.getElementById(narrative ? "implication-legend" : "narrative-legend")?.focus();
      return;
    }
    if (status.kind === "saving" || status.kind === "answered") return;
    setErrors({});
    setStatus({ kind: "saving" });
    try {
      const response = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/answers`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          itemId,
          scenarioId,
          narrative,
          implication,
          confidence,
          timeMs: Math.min(Date.now() - shownAt, 86_400_000),
          idempotencyKey,
        }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        error?: string;
        feedback?: AnswerFeedback | null;
        feedbackAvailableAt?: string | null;
        attemptComplete?: boolean;
      };
      if (response.ok && body.feedback !== undefined) {
        setStatus({
          kind: "answered",
          feedback: body.feedback,
          feedbackAvailableAt: body.feedbackAvailableAt ?? null,
          attemptComplete: body.attemptComplete ?? isLast,
        });
      } else if (response.status === 401) {
        setStatus({ kind: "failed", message: "Your session has ended. Sign in again to continue.", retryable: false });
      } else {
        setStatus({
          kind: "failed",
          message: body.error ?? `The server could not save your answer (error ${response.status}).`,
          retryable: response.status >= 500,
        });
      }
    } catch {
      setStatus({
        kind: "failed",
        message: "Your answer was not saved: the connection was lost. Your choices are kept; try again.",
        retryable: true,
      });
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit();
  }

  const locked = status.kind === "saving" || status.kind === "answered";
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset role="radiogroup" aria-labelledby="narrative-legend" aria-describedby={errors.narrative ? "narrative-error" : undefined} disabled={locked}>
        <legend id="narrative-legend" tabIndex={-1}>
          Narrative
        </legend>
        {NARRATIVE_CODES.map((code) => (
          <label key={code} className="option">
            <input type="radio" name="narrative" value={code} checked={narrative === code} onChange={() => setNarrative(code)} />
            <span>
              {NARRATIVES[code].name}
            </span>
          </label>
        ))}
        {errors.narrative && (
          <p id="narrative-error" className="field-error">
            {errors.narrative}
          </p>
        )}
      </fieldset>

      <fieldset role="radiogroup" aria-labelledby="implication-legend" aria-describedby={errors.implication ? "implication-error" : undefined} disabled={locked}>
        <legend id="implication-legend" tabIndex={-1}>
          Policy implication
        </legend>
        {implicationOptions.map((code) => (
          <label key={code} className="option">
            <input type="radio" name="implication" value={code} checked={implication === code} onChange={() => setImplication(code)} />
            <span>{IMPLICATIONS[code].statement}</span>
          </label>
        ))}
        {errors.implication && (
          <p id="implication-error" className="field-error">
            {errors.implication}
          </p>
        )}
      </fieldset>

      <fieldset role="radiogroup" aria-labelledby="confidence-legend" disabled={locked}>
        <legend id="confidence-legend">Confidence (optional)</legend>
        <p className="muted" id="confidence-hint">
          1 = guessing, 5 = certain
        </p>
        <div className="confidence">
          {[1, 2, 3, 4, 5].map((level) => (
            <label key={level} className="option">
              <input type="radio" name="confidence" value={level} checked={confidence === level} onChange={() => setConfidence(level)} />
              <span>{level}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {status.kind !== "answered" && (
        <div className="actions">
          <button type="submit" disabled={status.kind === "saving"}>
            {status.kind === "saving" ? "Saving your answer…" : status.kind === "failed" && status.retryable ? "Retry" : "Check answer"}
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
        <section className="feedback" aria-labelledby="feedback-heading" ref={feedbackRef} tabIndex={-1}>
          <h2 id="feedback-heading">{status.feedback ? "Feedback" : "Answer saved"}</h2>
          {status.feedback ? (
            <FeedbackPanel feedback={status.feedback} />
          ) : (
            <p>
              Your answer is saved. This is an assessment: feedback is shown once it closes
              {status.feedbackAvailableAt ? ` on ${dateTimeFormat.format(new Date(status.feedbackAvailableAt))}` : ""}.
            </p>
          )}
          <div className="actions">
            <button type="button" disabled={navigating} onClick={() => startNavigation(() => router.refresh())}>
              {navigating ? "Loading…" : status.attemptComplete ? "See summary" : "Next scenario"}
            </button>
          </div>
        </section>
      )}
    </form>
  );
}
