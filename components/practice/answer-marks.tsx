import { Mark } from "@/components/practice/mark";
import { DataTable } from "@/components/tables/data-table";
import { OUTCOME_LABELS, type ReviewedAnswer } from "@/lib/practice/review";
import type { NarrativeVerdict } from "@/lib/practice/scoring";

interface Row {
  id: string;
  position: number;
  title: string;
  review: ReviewedAnswer;
}

const NARRATIVE_WORDS: Record<NarrativeVerdict, string> = {
  correct: "Right",
  accepted: "Partly right",
  wrong: "Wrong",
};

function Verdict({ verdict, words }: { verdict: NarrativeVerdict; words: string }) {
  return (
    <span className={`verdict-${verdict}`}>
      <Mark verdict={verdict} /> {words}
    </span>
  );
}

/** Every answer of a session at a glance: which part was right, partly right or wrong, and the points. */
export function AnswerMarks({ rows }: { rows: Row[] }) {
  return (
    <DataTable<Row>
      caption="Each answer, part by part"
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        {
          header: "Scenario",
          cell: (r) => (
            <>
              <span className="muted">{r.position + 1}.</span> {r.title}
            </>
          ),
        },
        {
          header: "Narrative",
          cell: (r) => <Verdict verdict={r.review.narrative} words={NARRATIVE_WORDS[r.review.narrative]} />,
        },
        {
          header: "Implication",
          cell: (r) => (
            <Verdict
              verdict={r.review.implicationCorrect ? "correct" : "wrong"}
              words={r.review.implicationCorrect ? "Right" : "Wrong"}
            />
          ),
        },
        {
          header: "Points",
          cell: (r) => `${r.review.points} of 2 (${OUTCOME_LABELS[r.review.outcome].toLowerCase()})`,
        },
      ]}
    />
  );
}
