import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { TraineeLiveView } from "@/components/live/trainee-live-view";
import { joinLiveSessionAction } from "@/lib/live/actions";
import { loadTraineeLive } from "@/lib/live/loaders";

export const metadata: Metadata = { title: "Live session" };
export const dynamic = "force-dynamic";

export default async function TraineeLivePage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const { session, snapshot } = await loadTraineeLive(sessionId);
  if (!session.participation) {
    return (
      <>
        <h1>{snapshot.title}</h1>
        <p className="muted">{snapshot.className}</p>
        {snapshot.phase === "ENDED" ? (
          <>
            <p>This live session has ended.</p>
            <Link href="/practice">Back to practice</Link>
          </>
        ) : (
          <ActionButton
            action={joinLiveSessionAction}
            fields={{ sessionId }}
            label="Join live session"
            pendingLabel="Joining…"
          />
        )}
      </>
    );
  }
  const { items } = session.participation;
  return (
    <TraineeLiveView
      initial={snapshot}
      orders={Object.fromEntries(items.map((i) => [i.scenarioId, i.implicationOrder]))}
      saved={Object.fromEntries(items.flatMap((i) => (i.answer ? [[i.scenarioId, i.answer]] : [])))}
    />
  );
}
