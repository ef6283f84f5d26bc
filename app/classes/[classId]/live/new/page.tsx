import type { Metadata } from "next";
import Link from "next/link";
import { StartLiveForm } from "@/components/live/start-live-form";
import { ExcludedScenariosNote } from "@/components/scenarios/excluded-scenarios-note";
import { loadOwnedClass } from "@/lib/classes/loaders";
import { listExerciseSetsForClass } from "@/lib/live/data";
import { scenarioChoicesForClass } from "@/lib/scenarios/data";

export const metadata: Metadata = { title: "Start live session" };

export default async function StartLivePage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { klass } = await loadOwnedClass(classId, `/classes/${encodeURIComponent(classId)}/live/new`);
  const [{ offered, excluded }, exercises] = await Promise.all([
    scenarioChoicesForClass(klass),
    listExerciseSetsForClass(klass),
  ]);
  return (
    <>
      <p>
        <Link href={`/classes/${klass.id}`}>← {klass.name}</Link>
      </p>
      <h1>Start a live session for {klass.name}</h1>
      <p className="lead">
        The class answers one scenario at a time, at your pace. You close the answers, show the class&apos;s choices,
        reveal the key and lead the discussion. Speed earns nothing.
      </p>
      <ExcludedScenariosNote
        excludedWarnings={klass.excludedContentWarnings}
        excluded={excluded}
        classHref={`/classes/${klass.id}`}
      />
      <StartLiveForm classId={klass.id} scenarios={offered} exercises={exercises} />
    </>
  );
}
