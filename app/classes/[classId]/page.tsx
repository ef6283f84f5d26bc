import type { Metadata } from "next";
import Link from "next/link";
import { ClassExercises } from "@/components/classes/class-exercises";
import { ClassRoster } from "@/components/classes/class-roster";
import { ContentExclusionsForm } from "@/components/classes/content-exclusions-form";
import { JoinCodeCard } from "@/components/classes/join-code-card";
import { ClassLiveSessions } from "@/components/live/class-live-sessions";
import { ManageClass } from "@/components/classes/manage-class";
import { RememberClass } from "@/components/classes/remember-class";
import { ClassPrePostSection } from "@/components/prepost/class-prepost-section";
import { listMembers } from "@/lib/classes/data";
import { loadOwnedClass } from "@/lib/classes/loaders";
import { env } from "@/lib/env";
import { listExercisesForClass } from "@/lib/exercises/data";
import { listLiveSessionsForClass } from "@/lib/live/data";
import { listPrePostsForClass } from "@/lib/prepost/data";
import { contentSummaryForClass } from "@/lib/scenarios/data";

export const metadata: Metadata = { title: "Class" };

interface Props {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ClassPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const { klass } = await loadOwnedClass(classId);
  const [exercises, members, prePosts, content, liveSessions] = await Promise.all([
    listExercisesForClass(klass),
    listMembers(klass),
    listPrePostsForClass(klass),
    contentSummaryForClass(klass),
    listLiveSessionsForClass(klass),
  ]);
  const { prepost: created } = await searchParams;
  const timeZone = env().APP_TIME_ZONE;
  return (
    <>
      <p>
        <Link href="/classes">← All classes</Link>
      </p>
      <h1>{klass.name}</h1>
      <RememberClass classId={klass.id} />
      {klass.archivedAt && <p className="content-note">This class is archived: nobody can join it.</p>}
      <JoinCodeCard klass={klass} />
      <ClassExercises classId={klass.id} exercises={exercises} timeZone={timeZone} />
      <ClassLiveSessions classId={klass.id} canStart={!klass.archivedAt} timeZone={timeZone} sessions={liveSessions} />
      <ClassPrePostSection
        classId={klass.id}
        prePosts={prePosts}
        timeZone={timeZone}
        created={typeof created === "string" ? created : undefined}
      />
      <ClassRoster klass={klass} members={members} timeZone={timeZone} />
      <ContentExclusionsForm classId={klass.id} excluded={klass.excludedContentWarnings} {...content} />
      <ManageClass klass={klass} memberCount={members.length} />
    </>
  );
}
