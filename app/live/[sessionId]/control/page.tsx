import type { Metadata } from "next";
import Link from "next/link";
import { ControlPanel } from "@/components/live/control-panel";
import { loadEducatorLive } from "@/lib/live/loaders";

export const metadata: Metadata = { title: "Live session control" };
export const dynamic = "force-dynamic";

export default async function ControlPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const { session, snapshot } = await loadEducatorLive(sessionId, "control");
  return (
    <>
      <p>
        <Link href={`/classes/${session.classId}`}>← {session.className}</Link>
      </p>
      <ControlPanel initial={snapshot} classId={session.classId} />
    </>
  );
}
