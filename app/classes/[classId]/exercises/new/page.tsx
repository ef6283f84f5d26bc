import type { Metadata } from "next";
import Link from "next/link";
import { NewExerciseForm } from "@/components/exercises/new-exercise-form";
import { loadOwnedClass } from "@/lib/classes/loaders";
import { listScenarioChoices } from "@/lib/scenarios/data";

export const metadata: Metadata = { title: "New exercise" };

export default async function NewExercisePage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { klass } = await loadOwnedClass(classId, `/classes/${encodeURIComponent(classId)}/exercises/new`);
  const scenarios = await listScenarioChoices();
  return (
    <>
      <p>
        <Link href={`/classes/${klass.id}`}>← {klass.name}</Link>
      </p>
      <h1>New exercise for {klass.name}</h1>
      <NewExerciseForm classId={klass.id} scenarios={scenarios} />
    </>
  );
}
