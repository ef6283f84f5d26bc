import { PercentBarChart } from "@/components/dashboards/bar-chart";
import { ExportLink } from "@/components/dashboards/export-link";
import { DataTable } from "@/components/tables/data-table";
import type { itemAnalysis } from "@/lib/dashboards/item-analysis-data";
import { implicationName, narrativeShortName } from "@/lib/domain/labels";

type Item = Awaited<ReturnType<typeof itemAnalysis>>[number];

const mistake = (m: { value: string; count: number } | null, name: (code: string) => string) =>
  m ? `${name(m.value)} (${m.count})` : "—";

export function ItemAnalysisSection({ items, exportHref }: { items: Item[]; exportHref: string }) {
  return (
    <section aria-labelledby="items-heading">
      <h2 id="items-heading">Item analysis</h2>
      <p className="muted">
        Facility index: the mean score on the scenario as a share of the 2 points available. Discrimination index D: the
        facility among the top 27% of trainees (ranked by their mean score in this view) minus the facility among the
        bottom 27%. D runs from −1 to 1; a negative D means weaker trainees did better than stronger ones, so the item
        is flagged for review.
      </p>
      <PercentBarChart
        data={items.map((i) => ({ label: i.slug, value: i.facility ?? 0 }))}
        height={Math.max(220, items.length * 26)}
      />
      <DataTable<Item>
        caption="Item analysis per scenario"
        rows={items}
        rowKey={(i) => i.scenarioId}
        columns={[
          {
            header: "Scenario",
            cell: (i) => (
              <>
                {i.title}{" "}
                <span className="muted">
                  ({i.slug} v{i.version})
                </span>
              </>
            ),
          },
          { header: "Answers", cell: (i) => i.answers },
          { header: "Facility", cell: (i) => (i.facility === null ? "—" : i.facility.toFixed(2)) },
          {
            header: "D",
            cell: (i) => (
              <>
                {i.discrimination === null ? "—" : i.discrimination.toFixed(2)}
                {i.negative && <span className="flag"> ⚠ negative</span>}
              </>
            ),
          },
          { header: "Most chosen wrong narrative", cell: (i) => mistake(i.commonWrongNarrative, narrativeShortName) },
          { header: "Most chosen wrong implication", cell: (i) => mistake(i.commonWrongImplication, implicationName) },
          {
            header: "Median time",
            cell: (i) => (i.medianTimeMs === null ? "—" : `${Math.round(i.medianTimeMs / 1000)} s`),
          },
        ]}
      />
      <div className="actions">
        <ExportLink href={exportHref} />
      </div>
    </section>
  );
}
