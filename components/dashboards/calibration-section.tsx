import { EmptyView } from "@/components/dashboards/empty-view";
import { PercentLineChart } from "@/components/dashboards/line-chart";
import { DataTable } from "@/components/tables/data-table";
import type { CalibrationRow } from "@/lib/dashboards/statistics";
import { formatPercent } from "@/lib/format";

export function CalibrationSection({ rows }: { rows: CalibrationRow[] }) {
  return (
    <section aria-labelledby="calibration-heading">
      <h2 id="calibration-heading">Confidence against accuracy</h2>
      <p className="muted">
        A well-calibrated trainee is more accurate when more confident. Answers without a confidence rating are left
        out.
      </p>
      {rows.length === 0 ? (
        <EmptyView>No confidence ratings for these filters.</EmptyView>
      ) : (
        <div className="chart-and-table">
          <PercentLineChart
            data={rows.map((r) => ({ confidence: String(r.confidence), accuracy: r.accuracy }))}
            xKey="confidence"
            series={[{ key: "accuracy", label: "Accuracy", colour: "#1d4ed8" }]}
          />
          <DataTable<CalibrationRow>
            caption="Accuracy at each confidence rating"
            rows={rows}
            rowKey={(r) => String(r.confidence)}
            columns={[
              { header: "Confidence", cell: (r) => r.confidence },
              { header: "Answers", cell: (r) => r.answers },
              { header: "Accuracy", cell: (r) => formatPercent(r.accuracy) },
            ]}
          />
        </div>
      )}
    </section>
  );
}
