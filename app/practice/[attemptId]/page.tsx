import type { Metadata } from "next";
import Link from "next/link";
import { AttemptSummaryView } from "@/components/practice/attempt-summary";
import { ScenarioCard } from "@/components/practice/scenario-card";
import { ScenarioQuestion } from "@/components/practice/scenario-question";
import { env } from "@/lib/env";
import { windowState } from "@/lib/exercises/window";
import { formatDateTime } from "@/lib/format";
import { loadOwnAttempt } from "@/lib/practice/loaders";

export const metadata: Metadata = { title: "Practice session" };

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const { attempt } = await loadOwnAttempt(attemptId);
  const timeZone = env().APP_TIME_ZONE;

  const current = attempt.items.find((item) => !item.answer);
  const { exercise } = attempt;
  const state = exercise ? windowState(exercise) : "open";
  // The answer endpoint refuses these too; the page says why instead of offering a question it would refuse.
  const blocked =
    exercise?.access === "removed"
      ? "You are no longer a member of this exercise's class and cannot answer more of it."
      : exercise?.access === "archived"
        ? "This class is archived and accepts no more answers."
        : null;
  const blockedNote = current && blocked && (
    <p className="content-note" role="status">
      {blocked}
    </p>
  );
  if (exercise?.mode === "ASSESSMENT" && state !== "closed" && (!current || blocked)) {
    return (
      <>
        <h1>{exercise.title}</h1>
        {blockedNote}
        <p className="lead">
          {current ? "Your answers so far are saved." : "All your answers are saved."} This is an assessment: your
          results appear here once it closes on {formatDateTime(exercise.closesAt, timeZone)}.
        </p>
        <Link href="/practice">Back to practice</Link>
      </>
    );
  }
  if (!current || state === "closed" || blocked) {
    return (
      <>
        {blockedNote ||
          (current && exercise && (
            <p className="content-note" role="status">
              {exercise.title} closed on {formatDateTime(exercise.closesAt, timeZone)} and accepts no more answers.
            </p>
          ))}
        <AttemptSummaryView attempt={attempt} />
      </>
    );
  }

  const answered = attempt.items.length - attempt.items.filter((item) => !item.answer).length;
  return (
    <>
      {exercise && (
        <p className="muted">
          {exercise.title} · {exercise.class.name} · {exercise.mode === "ASSESSMENT" ? "Assessment" : "Practice"} · due{" "}
          {formatDateTime(exercise.closesAt, timeZone)}
        </p>
      )}
      <h1>
        Scenario {current.position + 1} of {attempt.size}
      </h1>
      <div
        className="progressbar"
        role="progressbar"
        aria-label="Session progress"
        aria-valuemin={0}
        aria-valuemax={attempt.size}
        aria-valuenow={answered}
      >
        <span style={{ width: `${(answered / attempt.size) * 100}%` }} />
      </div>
      <ScenarioCard scenario={current.scenario} headingId="scenario-title" />
      <ScenarioQuestion
        key={current.id}
        attemptId={attempt.id}
        itemId={current.id}
        scenarioId={current.scenarioId}
        implicationOptions={current.implicationOrder}
        isLast={answered + 1 === attempt.items.length}
        timeZone={timeZone}
      />
    </>
  );
}
