import Link from "next/link";
import { ExportLink } from "@/components/dashboards/export-link";
import { DataTable } from "@/components/tables/data-table";
import { narrativeColumns } from "@/components/tables/narrative-columns";
import type { classOverview } from "@/lib/dashboards/data";
import { masteryBand } from "@/lib/dashboards/statistics";
import { NARRATIVES } from "@/lib/domain/narratives";
import { formatPercent } from "@/lib/format";

type Overview = Awaited<ReturnType<typeof classOverview>>;
type TraineeRow = Overview["trainees"][number];

interface Props {
  overview: Overview;
  traineeHref: (userId: string) => string;
  exportAnswers: string;
  exportSummary: string;
}

export function OverviewSection({ overview, traineeHref, exportAnswers, exportSummary }: Props) {
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading">Overview</h2>
      {overview.answers === 0 ? (
        <p>
          No answers yet for these filters. Answers appear here as trainees work through the class&apos;s exercises.
        </p>
      ) : (
        <ul>
          <li>
            Completion: {overview.completion.completed} of {overview.completion.possible} exercise attempts finished (
            {formatPercent(overview.completion.rate)})
          </li>
          <li>
            Mean score: {formatPercent(overview.meanScore)} over {overview.answers} answers
          </li>
          {overview.weakest && (
            <li>
              Weakest narrative: <strong>{NARRATIVES[overview.weakest].name}</strong>
            </li>
          )}
          {overview.anonymousAnswers > 0 && (
            <li>{overview.anonymousAnswers} answers come from deleted accounts or former members.</li>
          )}
        </ul>
      )}
      <h3>Mastery by trainee and narrative</h3>
      <p className="legend" aria-label="Legend">
        <span className="mastery-low">below 50%: low</span>
        <span className="mastery-developing">50–79%: developing</span>
        <span className="mastery-secure">80% and above: secure</span>
      </p>
      <DataTable<TraineeRow>
        caption="Narrative accuracy per trainee; each cell shows the percentage and the number of answers"
        rows={overview.trainees}
        rowKey={(t) => t.userId}
        columns={[
          { header: "Trainee", cell: (t) => <Link href={traineeHref(t.userId)}>{t.displayName}</Link> },
          ...narrativeColumns<TraineeRow>(
            (t, code) => {
              const cell = t.narratives[code];
              const band = masteryBand(cell.accuracy);
              return (
                <>
                  {cell.accuracy === null ? "—" : `${formatPercent(cell.accuracy)} (${cell.answers})`}
                  <span className="visually-hidden"> {band === "none" ? "no answers" : band}</span>
                </>
              );
            },
            { className: (t, code) => `mastery mastery-${masteryBand(t.narratives[code].accuracy)}` },
          ),
          { header: "Score", cell: (t) => formatPercent(t.score) },
        ]}
      />
      <div className="actions">
        <ExportLink href={exportAnswers} />
        <ExportLink href={exportSummary} label="Export summary CSV" />
      </div>
    </section>
  );
}
