import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExportLink } from "@/components/dashboards/export-link";
import { DashboardFiltersForm } from "@/components/dashboards/filters-form";
import { PercentLineChart } from "@/components/dashboards/line-chart";
import { DataTable } from "@/components/tables/data-table";
import { narrativeColumns } from "@/components/tables/narrative-columns";
import { loadOwnedClass } from "@/lib/classes/loaders";
import { filterQuery, parseDashboardFilters } from "@/lib/dashboards/filters";
import { traineeView } from "@/lib/dashboards/trainee-data";
import { NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";
import { env } from "@/lib/env";
import { listExercisesForClass } from "@/lib/exercises/data";
import { formatDateTime, formatPercent } from "@/lib/format";

export const metadata: Metadata = { title: "Trainee progress" };

const COLOURS = ["#1d4ed8", "#a61b1b", "#7c3aed", "#166534"];

export default async function TraineePage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string; userId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { classId, userId } = await params;
  const { klass: found } = await loadOwnedClass(
    classId,
    `/classes/${encodeURIComponent(classId)}/trainees/${encodeURIComponent(userId)}`,
  );
  const filters = parseDashboardFilters(await searchParams);
  const [view, exercises] = await Promise.all([traineeView(found, userId, filters), listExercisesForClass(found)]);
  if (!view) notFound();
  const timeZone = env().APP_TIME_ZONE;
  type History = (typeof view.history)[number];
  type Calibration = (typeof view.calibration)[number];
  const rows = view.history.map((h, index) => ({
    label: `${index + 1}. ${h.exercise?.title ?? "Session"}`,
    ...Object.fromEntries(NARRATIVE_CODES.map((c) => [c, h.narratives[c]])),
  }));

  return (
    <>
      <p>
        <Link href={`/classes/${found.id}/dashboard${filterQuery(filters)}`}>← Dashboard: {found.name}</Link>
      </p>
      <h1>{view.trainee.displayName}</h1>
      <DashboardFiltersForm
        filters={filters}
        exercises={exercises}
        action={`/classes/${found.id}/trainees/${view.trainee.id}`}
      />
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History and accuracy over time</h2>
        {view.history.length === 0 ? (
          <p>No answers for these filters.</p>
        ) : (
          <div className="chart-and-table">
            <PercentLineChart
              data={rows}
              xKey="label"
              series={NARRATIVE_CODES.map((c, i) => ({ key: c, label: NARRATIVES[c].short, colour: COLOURS[i]! }))}
            />
            <DataTable<History>
              caption="Score and accuracy per narrative for each attempt, oldest first"
              rows={view.history}
              rowKey={(h) => h.id}
              columns={[
                {
                  header: "Exercise",
                  cell: (h) => (
                    <>
                      {h.exercise?.title ?? "Session"}
                      {!h.completedAt && <span className="muted"> (unfinished)</span>}
                    </>
                  ),
                },
                { header: "Started", cell: (h) => formatDateTime(h.createdAt, timeZone) },
                { header: "Score", cell: (h) => formatPercent(h.score) },
                ...narrativeColumns<History>((h, code) => formatPercent(h.narratives[code])),
                { header: "Implications", cell: (h) => formatPercent(h.implications) },
              ]}
            />
          </div>
        )}
      </section>
      <section aria-labelledby="calibration-heading">
        <h2 id="calibration-heading">Confidence against accuracy</h2>
        <p className="muted">
          A well-calibrated trainee is more accurate when more confident. Answers without a confidence rating are left
          out.
        </p>
        {view.calibration.length === 0 ? (
          <p>No confidence ratings yet.</p>
        ) : (
          <div className="chart-and-table">
            <PercentLineChart
              data={view.calibration.map((r) => ({ confidence: String(r.confidence), accuracy: r.accuracy }))}
              xKey="confidence"
              series={[{ key: "accuracy", label: "Accuracy", colour: COLOURS[0]! }]}
            />
            <DataTable<Calibration>
              caption="Accuracy at each confidence rating"
              rows={view.calibration}
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
      <div className="actions">
        <ExportLink href={`/api/classes/${found.id}/export${filterQuery(filters, { trainee: view.trainee.id })}`} />
      </div>
    </>
  );
}
