import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { AnswerMarks } from "@/components/practice/answer-marks";
import { MistakeCard, type Mistake } from "@/components/practice/mistake-card";
import { DataTable } from "@/components/tables/data-table";
import { NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";
import { formatPercent } from "@/lib/format";
import { practiseMistakesAction } from "@/lib/practice/actions";
import type { AttemptWithItems } from "@/lib/practice/data";
import { reviewAnswer, type Outcome } from "@/lib/practice/review";
import { summariseAnswers, type Ratio } from "@/lib/practice/summary";

/** The end of a session: the score, every answer marked part by part, and the mistakes with their scenarios. */
export function AttemptSummaryView({ attempt, headingId }: { attempt: AttemptWithItems; headingId: string }) {
  const answered = attempt.items.flatMap((item) => {
    const { answer, scenario } = item;
    const review =
      answer &&
      reviewAnswer(
        {
          primary: scenario.narratives.primary,
          accepted: scenario.narratives.accepted,
          correctImplication: scenario.implications.correct,
        },
        answer,
      );
    return answer && review ? [{ item, answer, review }] : [];
  });
  const summary = summariseAnswers(
    answered.map(({ item, answer }) => ({ ...answer, primaryNarrative: item.scenario.narratives.primary })),
  );
  const byOutcome = (outcome: Outcome): Mistake[] =>
    answered
      .filter(({ review }) => review.outcome === outcome)
      .map(({ item, review }) => ({ id: item.id, position: item.position, scenario: item.scenario, review }));
  const partly = byOutcome("partly");
  const wrong = byOutcome("wrong");
  const right = answered.length - partly.length - wrong.length;
  const byQuestion: { label: string; ratio: Ratio }[] = [
    ...NARRATIVE_CODES.map((code) => ({ label: NARRATIVES[code].name, ratio: summary.byNarrative[code] })),
    { label: "Policy implications", ratio: summary.implications },
  ];

  return (
    <>
      <h1 id={headingId} tabIndex={-1}>
        Session summary
      </h1>
      <p className="lead">
        You scored <strong>{summary.score.earned}</strong> of {summary.score.possible} points (
        {formatPercent(summary.score.accuracy)}): {right} right, {partly.length} partly right, {wrong.length} wrong.
      </p>

      <h2 id="answers-heading">Your answers</h2>
      <AnswerMarks
        rows={answered.map(({ item, review }) => ({
          id: item.id,
          position: item.position,
          title: item.scenario.title,
          review,
        }))}
      />

      <h2>Accuracy by narrative</h2>
      <DataTable
        caption="Accuracy by narrative and for implications"
        rows={byQuestion}
        rowKey={(r) => r.label}
        columns={[
          { header: "Question", cell: (r) => r.label },
          { header: "Scenarios", cell: (r) => r.ratio.possible },
          { header: "Accuracy", cell: (r) => formatPercent(r.ratio.accuracy) },
        ]}
      />

      {partly.length + wrong.length === 0 ? (
        <p>No mistakes in this session.</p>
      ) : (
        <>
          <MistakeGroup heading="Partly right" id="partly-heading" mistakes={partly} />
          <MistakeGroup heading="Wrong" id="wrong-heading" mistakes={wrong} />
        </>
      )}
      <div className="actions">
        {partly.length + wrong.length > 0 && (
          <ActionButton
            action={practiseMistakesAction}
            fields={{ attemptId: attempt.id }}
            label="Practise my mistakes"
            pendingLabel="Preparing scenarios…"
            primary
          />
        )}
        <Link className="button secondary" href="/practice">
          Start another session
        </Link>
        <Link className="button secondary" href="/progress">
          See your progress
        </Link>
      </div>
    </>
  );
}

function MistakeGroup({ heading, id, mistakes }: { heading: string; id: string; mistakes: Mistake[] }) {
  if (mistakes.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {heading} ({mistakes.length})
      </h2>
      {mistakes.map((mistake) => (
        <MistakeCard key={mistake.id} mistake={mistake} />
      ))}
    </section>
  );
}
