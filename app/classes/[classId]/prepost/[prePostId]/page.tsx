import type { Metadata } from "next";
import Link from "next/link";
import { CalibrationChangeSection } from "@/components/prepost/calibration-change-section";
import { GainBreakdownSection } from "@/components/prepost/gain-breakdown-section";
import { GainOverview } from "@/components/prepost/gain-overview";
import { MatchReportView } from "@/components/prepost/match-report-view";
import { TraineeGainSection } from "@/components/prepost/trainee-gain-section";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { learningGain } from "@/lib/prepost/gain";
import { loadOwnedPrePost } from "@/lib/prepost/loaders";
import { PHASE_LABELS } from "@/lib/prepost/phase";

export const metadata: Metadata = { title: "Learning gain" };

export default async function LearningGainPage({
  params,
}: {
  params: Promise<{ classId: string; prePostId: string }>;
}) {
  const { classId, prePostId } = await params;
  const { klass, results } = await loadOwnedPrePost(classId, prePostId);
  const gain = learningGain(results.trainees);
  const exportBase = `/api/classes/${klass.id}/prepost/${results.id}/export`;
  const timeZone = env().APP_TIME_ZONE;
  return (
    <>
      <p>
        <Link href={`/classes/${klass.id}/dashboard`}>← Dashboard: {klass.name}</Link>
      </p>
      <h1>Learning gain: {results.title}</h1>
      <p className="muted">
        {PHASE_LABELS[results.phase]} · {results.size} scenarios per form · closes{" "}
        {formatDateTime(results.closesAt, timeZone)}
        {results.phase === "pre" && " · the post-test opens when you open it on the class page"}
      </p>
      <GainOverview gain={gain} counterbalanced={results.counterbalanced} />
      <TraineeGainSection rows={gain.trainees} exportHref={exportBase} />
      <GainBreakdownSection gain={gain} exportHref={`${exportBase}?view=class`} />
      <CalibrationChangeSection gain={gain} ratings={results.ratings} />
      <section aria-labelledby="gain-forms-heading">
        <h2 id="gain-forms-heading">The two forms</h2>
        <MatchReportView report={results.report} idPrefix="gain" />
      </section>
    </>
  );
}
