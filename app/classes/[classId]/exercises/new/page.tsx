import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NewExerciseForm } from "@/components/exercises/new-exercise-form";
import { EDUCATORS, hasRole } from "@/lib/auth/guards";
import { requireUser } from "@/lib/auth/session";
import { findClassForEducator } from "@/lib/classes/data";
import { listLatestScenarios } from "@/lib/scenarios/data";

export const metadata: Metadata = { title: "New exercise" };

export default async function NewExercisePage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser(`/classes/${encodeURIComponent(classId)}/exercises/new`);
  if (!hasRole(user, EDUCATORS)) notFound();
  const found = await findClassForEducator(user.id, classId);
  if (!found) notFound();
  const scenarios = (await listLatestScenarios()).map(({ id, scenario }) => ({
    id,
    title: scenario.title,
    primaryNarrative: scenario.narratives.primary,
    correctImplication: scenario.implications.correct,
    difficulty: scenario.difficulty,
    kind: scenario.kind,
  }));
  return (
    <>
      <p>
        <Link href={`/classes/${found.id}`}>← {found.name}</Link>
      </p>
      <h1>New exercise for {found.name}</h1>
      <NewExerciseForm classId={found.id} scenarios={scenarios} />
    </>
  );
}
