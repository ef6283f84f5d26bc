import type { Metadata } from "next";
import Link from "next/link";
import { JoinScreen } from "@/components/classes/join-screen";
import { loadOwnedClass } from "@/lib/classes/loaders";

export const metadata: Metadata = { title: "Join screen" };

export default async function JoinScreenPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { klass } = await loadOwnedClass(classId, `/classes/${encodeURIComponent(classId)}/join-screen`);
  return (
    <>
      <p>
        <Link href={`/classes/${klass.id}`}>← {klass.name}</Link>
      </p>
      <JoinScreen klass={klass} />
    </>
  );
}
