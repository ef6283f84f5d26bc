import { ExportLink } from "@/components/dashboards/export-link";
import { DataTable } from "@/components/tables/data-table";
import { narrativeColumns } from "@/components/tables/narrative-columns";
import { strongestConfusion, type ConfusionMatrix } from "@/lib/dashboards/statistics";
import { NARRATIVE_CODES, NARRATIVES, type NarrativeCode } from "@/lib/domain/narratives";

export function ConfusionSection({ matrix, exportHref }: { matrix: ConfusionMatrix; exportHref: string }) {
  const confusion = strongestConfusion(matrix);
  const rowTotal = (actual: NarrativeCode) => NARRATIVE_CODES.reduce((s, c) => s + matrix[actual][c], 0);
  return (
    <section aria-labelledby="confusion-heading">
      <h2 id="confusion-heading">Confusion between narratives</h2>
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
              const total = rowTotal(actual);
              const share = total > 0 ? matrix[actual][chosen] / total : 0;
              return actual === chosen ? undefined : { background: `rgba(166, 27, 27, ${(share * 0.6).toFixed(2)})` };
            },
          }),
        ]}
      />
      <div className="actions">
        <ExportLink href={exportHref} />
      </div>
    </section>
  );
}
