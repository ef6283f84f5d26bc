import type { Metadata } from "next";
import Link from "next/link";
import { ConfusionSection } from "@/components/dashboards/confusion-section";
import { DashboardFiltersForm } from "@/components/dashboards/filters-form";
import { ImplicationsSection } from "@/components/dashboards/implications-section";
import { ItemAnalysisSection } from "@/components/dashboards/item-analysis-section";
import { OverviewSection } from "@/components/dashboards/overview-section";
import { LearningGainSection } from "@/components/prepost/learning-gain-section";
import { loadOwnedClass } from "@/lib/classes/loaders";
import { classOverview, confusionAndImplications } from "@/lib/dashboards/data";
import { filterQuery, parseDashboardFilters } from "@/lib/dashboards/filters";
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
  const filters = parseDashboardFilters(await searchParams);
  const [exercises, liveSessions, overview, { matrix, implicationAccuracy }, items, gains] = await Promise.all([
    listExercisesForClass(klass),
    listLiveSessionsForClass(klass),
    classOverview(klass, filters),
    confusionAndImplications(klass, filters),
    itemAnalysis(klass, filters),
    gainSummaries(klass),
  ]);
  const exportAnswers = `/api/classes/${klass.id}/export${filterQuery(filters)}`;

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
        action={`/classes/${klass.id}/dashboard`}
      />
      <OverviewSection
        overview={overview}
        traineeHref={(userId) => `/classes/${klass.id}/trainees/${userId}${filterQuery(filters)}`}
        exportAnswers={exportAnswers}
        exportSummary={`/api/classes/${klass.id}/export${filterQuery(filters, { view: "summary" })}`}
      />
      <ConfusionSection matrix={matrix} exportHref={exportAnswers} />
      <ImplicationsSection rows={implicationAccuracy} exportHref={exportAnswers} />
      <ItemAnalysisSection items={items} exportHref={exportAnswers} />
      <LearningGainSection classId={klass.id} summaries={gains} />
    </>
  );
}
