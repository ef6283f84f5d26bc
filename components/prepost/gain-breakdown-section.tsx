import { PrePostBarChart } from "@/components/dashboards/paired-bar-chart";
import { ExportLink } from "@/components/dashboards/export-link";
import { changeWithInterval } from "@/components/prepost/gain-format";
import { DataTable } from "@/components/tables/data-table";
import { NARRATIVES } from "@/lib/domain/narratives";
import { formatPercent } from "@/lib/format";
import type { LearningGain, PairedSummary } from "@/lib/prepost/gain";

interface Row {
  key: string;
  label: string;
  summary: PairedSummary | null;
}

/** Pre and post accuracy on each narrative and on the implications, with the paired change and its interval. */
export function GainBreakdownSection({ gain, exportHref }: { gain: LearningGain; exportHref: string }) {
  const rows: Row[] = [
    ...gain.narratives.map((n) => ({ key: n.narrative, label: NARRATIVES[n.narrative].short, summary: n.summary })),
    { key: "implications", label: "Implications", summary: gain.implications },
  ];
  return (
    <section aria-labelledby="gain-breakdown-heading">
      <h2 id="gain-breakdown-heading">By narrative and for implications</h2>
      {!gain.score ? (
        <p>Figures appear once a trainee has taken both forms.</p>
      ) : (
        <div className="chart-and-table">
          <PrePostBarChart
            data={rows.map((r) => ({
              label: r.label,
              pre: r.summary?.meanPre ?? null,
              post: r.summary?.meanPost ?? null,
            }))}
          />
          <DataTable<Row>
            caption="Mean accuracy before and after, and the mean change per trainee in percentage points with its 95% confidence interval"
            rows={rows}
            rowKey={(r) => r.key}
            columns={[
              { header: "Accuracy on", cell: (r) => r.label },
              { header: "Trainees", cell: (r) => r.summary?.n ?? 0 },
              { header: "Pre", cell: (r) => formatPercent(r.summary?.meanPre ?? null) },
              { header: "Post", cell: (r) => formatPercent(r.summary?.meanPost ?? null) },
              { header: "Change (points, 95% CI)", cell: (r) => changeWithInterval(r.summary) },
            ]}
          />
        </div>
      )}
      <div className="actions">
        <ExportLink href={exportHref} label="Export class CSV" />
      </div>
    </section>
  );
}
