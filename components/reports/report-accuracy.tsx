import { Withheld, WithheldNote } from "@/components/reports/withheld";
import { DataTable } from "@/components/tables/data-table";
import { narrativeColumns } from "@/components/tables/narrative-columns";
import { IMPLICATIONS } from "@/lib/domain/implications";
import { NARRATIVE_CODES, NARRATIVES, type NarrativeCode } from "@/lib/domain/narratives";
import { formatPercent } from "@/lib/format";
import type { ClassReport } from "@/lib/reports/report";

type NarrativeRow = ClassReport["narratives"][number];
type ImplicationRow = ClassReport["implications"][number];

export function ReportAccuracy({ report }: { report: ClassReport }) {
  const confusionCells = NARRATIVE_CODES.flatMap((a) => NARRATIVE_CODES.map((c) => report.confusion[a][c]));
  return (
    <>
      <section aria-labelledby="report-narratives">
        <h2 id="report-narratives">Accuracy by narrative</h2>
        <DataTable<NarrativeRow>
          caption="Narrative accuracy on the scenarios of each narrative"
          rows={report.narratives}
          rowKey={(r) => r.narrative}
          columns={[
            { header: "Narrative", cell: (r) => NARRATIVES[r.narrative].name },
            {
              header: "Accuracy",
              cell: (r) => <Withheld cell={r.accuracy}>{(v) => (v === null ? "no answers" : formatPercent(v))}</Withheld>,
            },
          ]}
        />
        <WithheldNote cells={report.narratives.map((r) => r.accuracy)} minGroup={report.minGroup} />
      </section>
      <section aria-labelledby="report-implications">
        <h2 id="report-implications">Implication accuracy</h2>
        {report.implications.length === 0 ? (
          <p>No answers yet.</p>
        ) : (
          <DataTable<ImplicationRow>
            caption="Accuracy on the policy implication, by the scenario's correct implication"
            rows={report.implications}
            rowKey={(r) => r.implication}
            columns={[
              { header: "Correct implication", cell: (r) => IMPLICATIONS[r.implication].statement },
              { header: "Accuracy", cell: (r) => <Withheld cell={r.accuracy}>{(v) => formatPercent(v)}</Withheld> },
            ]}
          />
        )}
        <WithheldNote cells={report.implications.map((r) => r.accuracy)} minGroup={report.minGroup} />
      </section>
      <section aria-labelledby="report-confusion">
        <h2 id="report-confusion">Confusion between narratives</h2>
        <DataTable<NarrativeCode>
          caption="Rows: the scenario's true narrative. Columns: the narrative chosen. Cells: number of answers."
          rows={NARRATIVE_CODES}
          rowKey={(actual) => actual}
          columns={[
            { header: "True \\ chosen", cell: (actual) => NARRATIVES[actual].short },
            ...narrativeColumns<NarrativeCode>(
              (actual, chosen) => <Withheld cell={report.confusion[actual][chosen]}>{(n) => n}</Withheld>,
              { className: (actual, chosen) => `heat${actual === chosen ? " diagonal" : ""}` },
            ),
          ]}
        />
        <WithheldNote cells={confusionCells} minGroup={report.minGroup} />
      </section>
    </>
  );
}
