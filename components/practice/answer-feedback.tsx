"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { markMovingOn } from "@/components/practice/arrival";
import { FeedbackPanel } from "@/components/practice/feedback-panel";
import type { SubmissionStatus } from "@/components/practice/use-answer-submission";
import type { Citation } from "@/lib/content/citation";
import { formatDateTime } from "@/lib/format";

interface Props {
  attemptId: string;
  status: Extract<SubmissionStatus, { kind: "answered" }>;
  timeZone: string;
  citation: Citation;
  /** Only right after checking: a reload that shows the feedback again leaves focus where the browser puts it. */
  focusOnMount: boolean;
}

/** The feedback on a checked question, and the way on: the next question or the summary. */
export function AnswerFeedback({ attemptId, status, timeZone, citation, focusOnMount }: Props) {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <section className="feedback" aria-labelledby="feedback-heading" ref={ref} tabIndex={-1}>
      <h2 id="feedback-heading">{status.feedback ? "Feedback" : "Answer saved"}</h2>
      {status.feedback ? (
        <FeedbackPanel feedback={status.feedback} citation={citation} />
      ) : (
        <p>
          Your answer is saved. This is an assessment: feedback is shown once it closes
          {status.feedbackAvailableAt ? ` on ${formatDateTime(new Date(status.feedbackAvailableAt), timeZone)}` : ""}.
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          disabled={navigating}
          onClick={() => {
            markMovingOn();
            // Back to the session's own address (no longer naming this question), then fetch what comes next.
            window.history.replaceState(null, "", `/practice/${encodeURIComponent(attemptId)}`);
            startNavigation(() => router.refresh());
          }}
        >
          {navigating ? "Loading…" : status.attemptComplete ? "See summary" : "Next scenario"}
        </button>
      </div>
    </section>
  );
}
