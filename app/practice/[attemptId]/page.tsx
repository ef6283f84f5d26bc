import type { Metadata } from "next";
import Link from "next/link";
import { AttemptSummaryView } from "@/components/practice/attempt-summary";
import { FocusOnArrival } from "@/components/practice/focus-on-arrival";
import { ScenarioCard } from "@/components/practice/scenario-card";
import { ScenarioQuestion } from "@/components/practice/scenario-question";
import { citationFor } from "@/lib/content/citations";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { attemptView } from "@/lib/practice/attempt-view";
import { loadOwnAttempt } from "@/lib/practice/loaders";

export const metadata: Metadata = { title: "Practice session" };

interface Props {
  params: Promise<{ attemptId: string }>;
  searchParams: Promise<{ review?: string | string[] }>;
}

export default async function AttemptPage({ params, searchParams }: Props) {
  const { attemptId } = await params;
  const { review } = await searchParams;
  const { attempt } = await loadOwnAttempt(attemptId);
  const timeZone = env().APP_TIME_ZONE;
  const view = attemptView(attempt, typeof review === "string" ? review : undefined, new Date());
  const { exercise } = attempt;

  if (view.kind === "held" && exercise) {
    return (
      <>
        <FocusOnArrival targetId="attempt-heading" />
        <h1 id="attempt-heading" tabIndex={-1}>
          {exercise.title}
        </h1>
        {view.blocked && (
          <p className="content-note" role="status">
            {view.blocked}
          </p>
        )}
        <p className="lead">
          {view.unanswered ? "Your answers so far are saved." : "All your answers are saved."} This is an assessment:
          your results appear here once it closes on {formatDateTime(exercise.closesAt, timeZone)}.
        </p>
        <Link href="/practice">Back to practice</Link>
      </>
    );
  }
  if (view.kind !== "question") {
    return (
      <>
        <FocusOnArrival targetId="summary-heading" />
        {view.kind === "summary" && view.blocked && (
          <p className="content-note" role="status">
            {view.blocked}
          </p>
        )}
        {view.kind === "summary" && view.closedEarly && exercise && (
          <p className="content-note" role="status">
            {exercise.title} closed on {formatDateTime(exercise.closesAt, timeZone)} and accepts no more answers.
          </p>
        )}
        <AttemptSummaryView attempt={attempt} headingId="summary-heading" />
      </>
    );
  }

  const { item, answeredCount, answered } = view;
  return (
    <>
      <FocusOnArrival key={item.id} targetId="question-heading" />
      {exercise && (
        <p className="muted">
          {exercise.title} · {exercise.class.name} · {exercise.mode === "ASSESSMENT" ? "Assessment" : "Practice"} · due{" "}
          {formatDateTime(exercise.closesAt, timeZone)}
        </p>
      )}
      <h1 id="question-heading" tabIndex={-1}>
        Scenario {item.position + 1} of {attempt.size}
      </h1>
      <div
        className="progressbar"
        role="progressbar"
        aria-label="Session progress"
        aria-valuemin={0}
        aria-valuemax={attempt.size}
        aria-valuenow={answeredCount}
        aria-valuetext={`${answeredCount} of ${attempt.size} answered`}
      >
        <span style={{ width: `${(answeredCount / attempt.size) * 100}%` }} />
      </div>
      <ScenarioCard
        scenario={{ ...item.scenario, citation: citationFor(item.scenario.source) }}
        headingId="scenario-title"
      />
      <ScenarioQuestion
        key={item.id}
        attemptId={attempt.id}
        itemId={item.id}
        scenarioId={item.scenarioId}
        implicationOptions={item.implicationOrder}
        isLast={view.isLast}
        timeZone={timeZone}
        citation={citationFor(item.scenario.source)}
        answered={
          answered && {
            ...answered,
            feedbackAvailableAt: answered.feedbackAvailableAt?.toISOString() ?? null,
          }
        }
      />
    </>
  );
}
