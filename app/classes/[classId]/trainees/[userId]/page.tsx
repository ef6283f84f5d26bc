import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CalibrationSection } from "@/components/dashboards/calibration-section";
import { ExportLink } from "@/components/dashboards/export-link";
import { DashboardFiltersForm } from "@/components/dashboards/filters-form";
import { TraineeHistorySection } from "@/components/dashboards/trainee-history-section";
import { loadOwnedClass } from "@/lib/classes/loaders";
import { filterProblem, filterQuery, parseDashboardFilters } from "@/lib/dashboards/filters";
import { traineeView } from "@/lib/dashboards/trainee-data";
import { env } from "@/lib/env";
import { listExercisesForClass } from "@/lib/exercises/data";

export const metadata: Metadata = { title: "Trainee progress" };

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
  const query = await searchParams;
  const filters = parseDashboardFilters(query);
  const [view, exercises] = await Promise.all([traineeView(found, userId, filters), listExercisesForClass(found)]);
  if (!view) notFound();
  const base = `/classes/${found.id}/trainees/${view.trainee.id}`;

  return (
    <>
      <p>
        <Link href={`/classes/${found.id}/dashboard${filterQuery(filters)}`}>← Dashboard: {found.name}</Link>
      </p>
      <h1>{view.trainee.displayName}</h1>
      {view.trainee.username && <p className="muted">Username: {view.trainee.username}</p>}
      <DashboardFiltersForm
        filters={filters}
        exercises={exercises}
        action={base}
        problem={filterProblem(query)}
        given={{
          from: typeof query.from === "string" ? query.from : "",
          to: typeof query.to === "string" ? query.to : "",
        }}
      />
      <TraineeHistorySection
        history={view.history}
        timeZone={env().APP_TIME_ZONE}
        reviewHref={(attemptId) => `${base}/attempts/${attemptId}`}
      />
      <CalibrationSection rows={view.calibration} />
      <div className="actions">
        <ExportLink
          href={`/api/classes/${found.id}/export${filterQuery(filters, { trainee: view.trainee.id })}`}
          label="Export this trainee's answers (CSV)"
        />
      </div>
    </>
  );
}
