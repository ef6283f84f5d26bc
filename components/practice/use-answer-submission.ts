"use client";

import { useState } from "react";
import type { ImplicationCode } from "@/lib/domain/implications";
import type { NarrativeCode } from "@/lib/domain/narratives";
import type { AnswerFeedback } from "@/lib/practice/feedback";

export type SubmissionStatus =
  | { kind: "answering" }
  | { kind: "saving" }
  | { kind: "failed"; message: string; retryable: boolean }
  | { kind: "answered"; feedback: AnswerFeedback | null; feedbackAvailableAt: string | null; attemptComplete: boolean };

export interface Choice {
  narrative: NarrativeCode;
  implication: ImplicationCode;
  confidence: number | null;
}

interface AnswerResponse {
  error?: string;
  feedback?: AnswerFeedback | null;
  feedbackAvailableAt?: string | null;
  attemptComplete?: boolean;
}

/**
 * Sends one question's answer to the answer endpoint. One idempotency key per question, so a double click or a retry
 * after a lost connection is stored once.
 */
export function useAnswerSubmission(
  attemptId: string,
  itemId: string,
  scenarioId: string,
  isLast: boolean,
  initial: SubmissionStatus = { kind: "answering" },
) {
  const [status, setStatus] = useState<SubmissionStatus>(initial);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [shownAt] = useState(() => Date.now());

  async function submit(choice: Choice) {
    if (status.kind === "saving" || status.kind === "answered") return;
    setStatus({ kind: "saving" });
    try {
      const response = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/answers`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          itemId,
          scenarioId,
          ...choice,
          timeMs: Math.min(Date.now() - shownAt, 86_400_000),
          idempotencyKey,
        }),
      });
      const body = (await response.json().catch(() => ({}))) as AnswerResponse;
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

  return { status, submit };
}
