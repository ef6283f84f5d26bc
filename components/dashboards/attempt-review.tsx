import { Mark } from "@/components/practice/mark";
import { DataTable } from "@/components/tables/data-table";
import type { traineeAttemptReview } from "@/lib/dashboards/trainee-data";
import { implicationName } from "@/lib/domain/labels";
import { NARRATIVES } from "@/lib/domain/narratives";
import { formatDateTime, formatPercent } from "@/lib/format";
import { OUTCOME_LABELS, reviewAnswer } from "@/lib/practice/review";
import { scoreShare } from "@/lib/practice/scoring";

type Review = NonNullable<Awaited<ReturnType<typeof traineeAttemptReview>>>;
type Item = Review["attempt"]["items"][number];

const narrativeName = (code: string) => (code in NARRATIVES ? NARRATIVES[code as keyof typeof NARRATIVES].name : code);

/** One attempt question by question, as an attempt review shows it: the choice against the key, each part marked. */
export function AttemptReview({ review, timeZone }: { review: Review; timeZone: string }) {
  const { attempt, trainee } = review;
  const answered = attempt.items.filter((item) => item.answer);
  const points = answered.reduce((s, item) => s + item.answer!.points, 0);
  const marks = (item: Item) =>
    item.answer &&
    reviewAnswer(
      {
        primary: item.scenario.narratives.primary,
        accepted: item.scenario.narratives.accepted,
        correctImplication: item.scenario.implications.correct,
      },
      item.answer,
    );
  return (
    <>
      <h1>
        {trainee.displayName}:{" "}
        {attempt.exercise?.title ??
          (attempt.liveSession ? `Live session: ${attempt.liveSession.title}` : "Free practice")}
      </h1>
      <p className="lead">
        Started {formatDateTime(attempt.createdAt, timeZone)}
        {attempt.completedAt ? `, finished ${formatDateTime(attempt.completedAt, timeZone)}` : " (unfinished)"}.{" "}
        {answered.length} of {attempt.size} answered; score {points} of {answered.length * 2} points (
        {formatPercent(scoreShare(points, answered.length))}).
      </p>
      <DataTable<Item>
        caption="Each question: the answer given against the key"
        rows={attempt.items}
        rowKey={(item) => item.id}
        columns={[
          {
            header: "Scenario",
            cell: (item) => (
              <>
                <span className="muted">{item.position + 1}.</span> {item.scenario.title}
              </>
            ),
          },
          {
            header: "Narrative chosen",
            cell: (item) => {
              const m = marks(item);
              return m ? (
                <span className={`verdict-${m.narrative}`}>
                  <Mark verdict={m.narrative} /> {narrativeName(m.chosenNarrative)}
                  <span className="visually-hidden">
                    {" "}
                    ({m.narrative === "correct" ? "right" : m.narrative === "accepted" ? "partly right" : "wrong"})
                  </span>
                </span>
              ) : (
                <span className="muted">not answered</span>
              );
            },
          },
          { header: "Key narrative", cell: (item) => NARRATIVES[item.scenario.narratives.primary].name },
          {
            header: "Implication chosen",
            cell: (item) => {
              const m = marks(item);
              return m ? (
                <span className={m.implicationCorrect ? "verdict-correct" : "verdict-wrong"}>
                  <Mark verdict={m.implicationCorrect ? "correct" : "wrong"} /> {implicationName(m.chosenImplication)}
                  <span className="visually-hidden"> ({m.implicationCorrect ? "right" : "wrong"})</span>
                </span>
              ) : (
                "—"
              );
            },
          },
          { header: "Key implication", cell: (item) => implicationName(item.scenario.implications.correct) },
          { header: "Confidence", cell: (item) => item.answer?.confidence ?? "—" },
          {
            header: "Time",
            cell: (item) => (item.answer?.timeMs == null ? "—" : `${Math.round(item.answer.timeMs / 1000)} s`),
          },
          {
            header: "Points",
            cell: (item) => {
              const m = marks(item);
              return m ? `${m.points} of 2 (${OUTCOME_LABELS[m.outcome].toLowerCase()})` : "—";
            },
          },
        ]}
      />
    </>
  );
}
