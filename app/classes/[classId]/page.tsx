import type { Metadata } from "next";
import Link from "next/link";
import { ClassExercises } from "@/components/classes/class-exercises";
import { ClassRoster } from "@/components/classes/class-roster";
import { JoinCodeCard } from "@/components/classes/join-code-card";
import { ManageClass } from "@/components/classes/manage-class";
import { RememberClass } from "@/components/classes/remember-class";
import { listMembers } from "@/lib/classes/data";
import { loadOwnedClass } from "@/lib/classes/loaders";
import { env } from "@/lib/env";
import { listExercisesForClass } from "@/lib/exercises/data";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { klass } = await loadOwnedClass(classId);
  const [exercises, members] = await Promise.all([listExercisesForClass(klass), listMembers(klass)]);
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
      <ClassRoster klass={klass} members={members} timeZone={timeZone} />
      <ManageClass klass={klass} memberCount={members.length} />
    </>
  );
}
