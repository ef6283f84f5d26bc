import { EmptyView } from "@/components/dashboards/empty-view";
import { DataTable } from "@/components/tables/data-table";
import { narrativeColumns } from "@/components/tables/narrative-columns";
import { strongestConfusion, type ConfusionMatrix } from "@/lib/dashboards/statistics";
import { NARRATIVE_CODES, NARRATIVES, type NarrativeCode } from "@/lib/domain/narratives";

export function ConfusionSection({ matrix }: { matrix: ConfusionMatrix }) {
  const confusion = strongestConfusion(matrix);
  const rowTotal = (actual: NarrativeCode) => NARRATIVE_CODES.reduce((s, c) => s + matrix[actual][c], 0);
  const total = NARRATIVE_CODES.reduce((s, c) => s + rowTotal(c), 0);
  return (
    <section aria-labelledby="confusion-heading">
      <h2 id="confusion-heading">Confusion between narratives</h2>
      {total === 0 ? (
        <EmptyView />
      ) : (
        <>
          {confusion && (
            <p>
              Most common mix-up: <strong>{NARRATIVES[confusion.actual].name}</strong> taken for{" "}
              <strong>{NARRATIVES[confusion.chosen].name}</strong> ({confusion.count} times).
            </p>
          )}
          <DataTable<NarrativeCode>
            caption="Rows: the scenario's true narrative. Columns: the narrative chosen. Cells: number of answers."
            rows={NARRATIVE_CODES}
            rowKey={(actual) => actual}
            columns={[
              { header: "True \\ chosen", cell: (actual) => NARRATIVES[actual].short },
              ...narrativeColumns<NarrativeCode>((actual, chosen) => matrix[actual][chosen], {
                className: (actual, chosen) => `heat${actual === chosen ? " diagonal" : ""}`,
                // The shade repeats the row's share in colour; the number is the information.
                style: (actual, chosen) => {
                  const rowAnswers = rowTotal(actual);
                  const share = rowAnswers > 0 ? matrix[actual][chosen] / rowAnswers : 0;
                  return actual === chosen
                    ? undefined
                    : { background: `rgba(166, 27, 27, ${(share * 0.6).toFixed(2)})` };
                },
              }),
            ]}
          />
        </>
      )}
    </section>
  );
}
