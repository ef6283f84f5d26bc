import { PrePostBarChart } from "@/components/dashboards/paired-bar-chart";
import { ExportLink } from "@/components/dashboards/export-link";
import { DataTable } from "@/components/tables/data-table";
import { formatPercent, formatPointChange, formatRatio } from "@/lib/format";
import type { TakenStatus, TraineeGain } from "@/lib/prepost/gain";

const STATUS: Record<TakenStatus, string> = {
  both: "Both",
  "pre-only": "Pre-test only",
  "post-only": "Post-test only",
  neither: "Neither finished",
};

export function TraineeGainSection({ rows, exportHref }: { rows: TraineeGain[]; exportHref: string }) {
  return (
    <section aria-labelledby="gain-trainees-heading">
      <h2 id="gain-trainees-heading">Each trainee</h2>
      {rows.length === 0 ? (
        <p>No trainee has started yet.</p>
      ) : (
        <div className="chart-and-table">
          <PrePostBarChart
            data={rows.filter((r) => r.status === "both").map((r) => ({ label: r.name, pre: r.pre, post: r.post }))}
          />
          <DataTable<TraineeGain>
            caption="Pre-test and post-test score, change and normalised gain for each trainee"
            rows={rows}
            rowKey={(r) => r.userId}
            columns={[
              { header: "Trainee", cell: (r) => r.name },
              { header: "First form", cell: (r) => r.firstForm },
              { header: "Took", cell: (r) => STATUS[r.status] },
              { header: "Pre", cell: (r) => formatPercent(r.pre) },
              { header: "Post", cell: (r) => formatPercent(r.post) },
              { header: "Change (points)", cell: (r) => formatPointChange(r.difference) },
              {
                header: "Normalised gain",
                cell: (r) =>
                  r.perfectPre && r.status === "both" ? "undefined (perfect pre-test)" : formatRatio(r.gain),
              },
            ]}
          />
        </div>
      )}
      <div className="actions">
        <ExportLink href={exportHref} label="Export trainees CSV" />
      </div>
    </section>
  );
}
