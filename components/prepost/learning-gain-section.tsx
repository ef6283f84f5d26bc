import Link from "next/link";
import { PrePostBarChart } from "@/components/dashboards/paired-bar-chart";
import { changeWithInterval } from "@/components/prepost/gain-format";
import { DataTable } from "@/components/tables/data-table";
import { formatPercent, formatRatio } from "@/lib/format";
import type { GainSummary } from "@/lib/prepost/data";
import { PHASE_LABELS } from "@/lib/prepost/phase";

/** On the dashboard: each pre/post assessment's class figures, and the way to its full learning-gain view. */
export function LearningGainSection({ classId, summaries }: { classId: string; summaries: GainSummary[] }) {
  return (
    <section aria-labelledby="learning-gain-heading">
      <h2 id="learning-gain-heading">Learning gain</h2>
      {summaries.length === 0 ? (
        <p>
          No pre/post assessment yet. Create one from the <Link href={`/classes/${classId}`}>class page</Link> to
          measure what the class learned.
        </p>
      ) : (
        <>
          <p className="muted">
            Only trainees who took both forms count. The class gain is the gain of the class means; each
            assessment&apos;s view also gives the mean of individual gains, per narrative, implications and calibration.
          </p>
          <div className="chart-and-table">
            <PrePostBarChart
              data={summaries.map((s) => ({
                label: s.title,
                pre: s.score?.meanPre ?? null,
                post: s.score?.meanPost ?? null,
              }))}
            />
            <DataTable<GainSummary>
              caption="Pre/post assessments: mean scores, mean change and class gain"
              rows={summaries}
              rowKey={(s) => s.id}
              columns={[
                {
                  header: "Assessment",
                  cell: (s) => <Link href={`/classes/${classId}/prepost/${s.id}`}>{s.title}</Link>,
                },
                { header: "Status", cell: (s) => PHASE_LABELS[s.phase] },
                { header: "Took both", cell: (s) => `${s.counts.both} of ${s.counts.total}` },
                { header: "Pre", cell: (s) => formatPercent(s.score?.meanPre ?? null) },
                { header: "Post", cell: (s) => formatPercent(s.score?.meanPost ?? null) },
                { header: "Change (points, 95% CI)", cell: (s) => changeWithInterval(s.score) },
                { header: "Class gain", cell: (s) => formatRatio(s.gainOfMeans) },
              ]}
            />
          </div>
        </>
      )}
    </section>
  );
}
