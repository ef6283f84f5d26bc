import { PercentBarChart } from "@/components/dashboards/bar-chart";
import { ExportLink } from "@/components/dashboards/export-link";
import { DataTable } from "@/components/tables/data-table";
import type { confusionAndImplications } from "@/lib/dashboards/data";
import { IMPLICATIONS } from "@/lib/domain/implications";
import { formatPercent } from "@/lib/format";

type Row = Awaited<ReturnType<typeof confusionAndImplications>>["implicationAccuracy"][number];

export function ImplicationsSection({ rows, exportHref }: { rows: Row[]; exportHref: string }) {
  return (
    <section aria-labelledby="implications-heading">
      <h2 id="implications-heading">Implication accuracy</h2>
      <div className="chart-and-table">
        <PercentBarChart
          data={rows.map((r) => ({ label: r.implication.replace(/_/g, " ").toLowerCase(), value: r.accuracy }))}
        />
        <DataTable<Row>
          caption="Accuracy on the policy implication, by the scenario's correct implication"
          rows={rows}
          rowKey={(r) => r.implication}
          columns={[
            { header: "Correct implication", cell: (r) => IMPLICATIONS[r.implication].statement },
            { header: "Answers", cell: (r) => r.answers },
            { header: "Accuracy", cell: (r) => formatPercent(r.accuracy) },
          ]}
        />
      </div>
      <div className="actions">
        <ExportLink href={exportHref} />
      </div>
    </section>
  );
}
