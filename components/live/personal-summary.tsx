import { DataTable } from "@/components/tables/data-table";
import { IMPLICATIONS } from "@/lib/domain/implications";
import { NARRATIVES } from "@/lib/domain/narratives";
import type { LiveChoice, LiveSnapshot } from "@/lib/live/types";
import { MAX_POINTS_PER_SCENARIO, scoreAnswer } from "@/lib/practice/scoring";

/** The trainee's own session: each scenario shown, their answer against the key, and their points. */
export function PersonalSummary({
  summary,
  answers,
}: {
  summary: NonNullable<LiveSnapshot["summary"]>;
  answers: Record<string, LiveChoice>;
}) {
  const rows = summary.keys.map((key) => {
    const choice = answers[key.scenarioId];
    const score = choice
      ? scoreAnswer(
          { primaryNarrative: key.primary, acceptedNarratives: key.accepted, correctImplication: key.correct },
          choice,
        )
      : null;
    return { key, choice, score };
  });
  const points = rows.reduce((sum, r) => sum + (r.score?.points ?? 0), 0);
  return (
    <section aria-labelledby="personal-summary-heading">
      <h2 id="personal-summary-heading">
        Your session: {points} of {rows.length * MAX_POINTS_PER_SCENARIO} points
      </h2>
      {rows.length === 0 ? (
        <p>No scenario was shown in this session.</p>
      ) : (
        <DataTable
          caption="Your answers and the keys"
          rows={rows}
          rowKey={(r) => r.key.scenarioId}
          columns={[
            { header: "Scenario", cell: (r) => r.key.title },
            {
              header: "Your narrative",
              cell: (r) => (r.choice ? NARRATIVES[r.choice.narrative].short : "Not answered"),
            },
            { header: "Key", cell: (r) => NARRATIVES[r.key.primary].short },
            {
              header: "Your implication",
              cell: (r) => (r.choice ? IMPLICATIONS[r.choice.implication].statement : "Not answered"),
            },
            { header: "Key implication", cell: (r) => IMPLICATIONS[r.key.correct].statement },
            { header: "Points", cell: (r) => r.score?.points ?? 0 },
          ]}
        />
      )}
    </section>
  );
}
