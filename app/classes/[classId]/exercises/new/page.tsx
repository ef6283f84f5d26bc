import type { Metadata } from "next";
import Link from "next/link";
import { NewExerciseForm } from "@/components/exercises/new-exercise-form";
import { ExcludedScenariosNote } from "@/components/scenarios/excluded-scenarios-note";
import { loadOwnedClass } from "@/lib/classes/loaders";
import { scenarioChoicesForClass } from "@/lib/scenarios/data";

export const metadata: Metadata = { title: "New exercise" };

export default async function NewExercisePage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { klass } = await loadOwnedClass(classId, `/classes/${encodeURIComponent(classId)}/exercises/new`);
  const { offered, excluded } = await scenarioChoicesForClass(klass);
  return (
    <>
      <p>
        <Link href={`/classes/${klass.id}`}>← {klass.name}</Link>
      </p>
      <h1>New exercise for {klass.name}</h1>
      <ExcludedScenariosNote
        excludedWarnings={klass.excludedContentWarnings}
        excluded={excluded}
        classHref={`/classes/${klass.id}`}
      />
      <NewExerciseForm classId={klass.id} scenarios={offered} />
    </>
  );
}
