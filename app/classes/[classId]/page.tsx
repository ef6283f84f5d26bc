import type { Metadata } from "next";
import Link from "next/link";
import { ClassExercises } from "@/components/classes/class-exercises";
import { ClassRoster } from "@/components/classes/class-roster";
import { JoinCodeCard } from "@/components/classes/join-code-card";
import { ClassLiveSessions } from "@/components/live/class-live-sessions";
import { ManageClass } from "@/components/classes/manage-class";
import { listMembers } from "@/lib/classes/data";
import { loadOwnedClass } from "@/lib/classes/loaders";
import { env } from "@/lib/env";
import { listExercisesForClass } from "@/lib/exercises/data";
import { listLiveSessionsForClass } from "@/lib/live/data";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { klass } = await loadOwnedClass(classId);
  const [exercises, members, liveSessions] = await Promise.all([
    listExercisesForClass(klass),
    listMembers(klass),
    listLiveSessionsForClass(klass),
  ]);
  const timeZone = env().APP_TIME_ZONE;
  return (
    <>
      <p>
        <Link href="/classes">← All classes</Link>
      </p>
      <h1>{klass.name}</h1>
      {klass.archivedAt && <p className="content-note">This class is archived: nobody can join it.</p>}
      <JoinCodeCard klass={klass} />
      <ClassExercises classId={klass.id} exercises={exercises} timeZone={timeZone} />
      <ClassLiveSessions classId={klass.id} canStart={!klass.archivedAt} timeZone={timeZone} sessions={liveSessions} />
      <ClassRoster klass={klass} members={members} timeZone={timeZone} />
      <ManageClass klass={klass} memberCount={members.length} />
    </>
  );
}
