import { PercentBarChart } from "@/components/dashboards/bar-chart";
import { EmptyView } from "@/components/dashboards/empty-view";
import { DataTable } from "@/components/tables/data-table";
import type { confusionAndImplications } from "@/lib/dashboards/data";
import { IMPLICATIONS } from "@/lib/domain/implications";
import { formatPercent } from "@/lib/format";

type Row = Awaited<ReturnType<typeof confusionAndImplications>>["implicationAccuracy"][number];

export function ImplicationsSection({ rows }: { rows: Row[] }) {
  return (
    <section aria-labelledby="implications-heading">
      <h2 id="implications-heading">Implication accuracy</h2>
      {rows.length === 0 ? (
        <EmptyView />
      ) : (
        <div className="chart-and-table">
          <PercentBarChart
            data={rows.map((r) => ({ label: IMPLICATIONS[r.implication].statement, value: r.accuracy }))}
            rowHeight={56}
          />
          <DataTable<Row>
            caption="Accuracy on the policy implication, by the scenario's correct implication, lowest first"
            rows={rows}
            rowKey={(r) => r.implication}
            columns={[
              { header: "Correct implication", cell: (r) => IMPLICATIONS[r.implication].statement },
              { header: "Answers", cell: (r) => r.answers },
              { header: "Accuracy", cell: (r) => formatPercent(r.accuracy) },
            ]}
          />
        </div>
      )}
    </section>
  );
}
