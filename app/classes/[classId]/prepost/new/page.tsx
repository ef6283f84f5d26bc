import type { Metadata } from "next";
import Link from "next/link";
import { NewPrePostForm } from "@/components/prepost/new-prepost-form";
import { ExcludedScenariosNote } from "@/components/scenarios/excluded-scenarios-note";
import { loadOwnedClass } from "@/lib/classes/loaders";
import { scenarioChoicesForClass } from "@/lib/scenarios/data";

export const metadata: Metadata = { title: "New pre/post assessment" };

export default async function NewPrePostPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { klass } = await loadOwnedClass(classId, `/classes/${encodeURIComponent(classId)}/prepost/new`);
  const { offered, excluded } = await scenarioChoicesForClass(klass);
  return (
    <>
      <p>
        <Link href={`/classes/${klass.id}`}>← {klass.name}</Link>
      </p>
      <h1>New pre/post assessment for {klass.name}</h1>
      <p className="lead">
        Measure what the class learned: the same kind of test before and after your teaching, on two parallel forms so
        nobody meets a scenario twice.
      </p>
      <ExcludedScenariosNote
        excludedWarnings={klass.excludedContentWarnings}
        excluded={excluded}
        classHref={`/classes/${klass.id}`}
      />
      <NewPrePostForm classId={klass.id} scenarios={offered} />
    </>
  );
}
