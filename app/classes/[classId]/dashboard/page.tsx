import type { Metadata } from "next";
import Link from "next/link";
import { ConfusionSection } from "@/components/dashboards/confusion-section";
import { ExportControl } from "@/components/dashboards/export-control";
import { DashboardFiltersForm } from "@/components/dashboards/filters-form";
import { ImplicationsSection } from "@/components/dashboards/implications-section";
import { ItemAnalysisSection } from "@/components/dashboards/item-analysis-section";
import { OverviewSection } from "@/components/dashboards/overview-section";
import { LearningGainSection } from "@/components/prepost/learning-gain-section";
import { loadOwnedClass } from "@/lib/classes/loaders";
import { classOverview, confusionAndImplications } from "@/lib/dashboards/data";
import { filterProblem, filterQuery, parseDashboardFilters } from "@/lib/dashboards/filters";
import { itemAnalysis } from "@/lib/dashboards/item-analysis-data";
import { env } from "@/lib/env";
import { listExercisesForClass } from "@/lib/exercises/data";
import { formatDateTime } from "@/lib/format";
import { listLiveSessionsForClass } from "@/lib/live/data";
import { gainSummaries } from "@/lib/prepost/data";

export const metadata: Metadata = { title: "Class dashboard" };

interface Props {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function DashboardPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const { klass } = await loadOwnedClass(classId, `/classes/${encodeURIComponent(classId)}/dashboard`);
  const query = await searchParams;
  const filters = parseDashboardFilters(query);
  const [exercises, liveSessions, overview, { matrix, implicationAccuracy }, items, gains] = await Promise.all([
    listExercisesForClass(klass),
    listLiveSessionsForClass(klass),
    classOverview(klass, filters),
    confusionAndImplications(klass, filters),
    itemAnalysis(klass, filters),
    gainSummaries(klass),
  ]);
  const view = `/classes/${klass.id}/dashboard`;

  return (
    <>
      <p>
        <Link href={`/classes/${klass.id}`}>← {klass.name}</Link>
      </p>
      <h1>Dashboard: {klass.name}</h1>
      <DashboardFiltersForm
        filters={filters}
        exercises={exercises}
        liveSessions={liveSessions.map((s) => ({
          id: s.id,
          title: s.title,
          started: formatDateTime(s.createdAt, env().APP_TIME_ZONE),
        }))}
        action={view}
        problem={filterProblem(query)}
        given={{
          from: typeof query.from === "string" ? query.from : "",
          to: typeof query.to === "string" ? query.to : "",
        }}
      />
      <OverviewSection
        overview={overview}
        traineeHref={(userId) => `/classes/${klass.id}/trainees/${userId}${filterQuery(filters)}`}
        sourceHref={(source) => `${view}${filterQuery({ ...filters, exercise: undefined }, { source })}`}
      />
      <ConfusionSection matrix={matrix} />
      <ImplicationsSection rows={implicationAccuracy} />
      <ItemAnalysisSection items={items} />
      <LearningGainSection classId={klass.id} summaries={gains} />
      <ExportControl classId={klass.id} filters={filters} />
    </>
  );
}
