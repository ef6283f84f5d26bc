import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { joinLiveSessionAction } from "@/lib/live/actions";

interface RunningSession {
  id: string;
  title: string;
  className: string;
  joined: boolean;
}

/** Live sessions running in the trainee's classes, first on the practice page while they run. */
export function RunningLiveSessions({ sessions }: { sessions: RunningSession[] }) {
  if (sessions.length === 0) {
    return (
      <p>
        Your educator is running a live session? <Link href="/live">Enter its PIN</Link>.
      </p>
    );
  }
  return (
    <section aria-labelledby="live-now-heading">
      <h2 id="live-now-heading">Live now</h2>
      <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
        {sessions.map((s) => (
          <li key={s.id} className="card" aria-labelledby={`live-${s.id}`}>
            <h3 id={`live-${s.id}`}>{s.title}</h3>
            <p className="muted">{s.className} · your educator is leading it now</p>
            {s.joined ? (
              <Link className="button" href={`/live/${s.id}`}>
                Return to live session
              </Link>
            ) : (
              <ActionButton
                action={joinLiveSessionAction}
                fields={{ sessionId: s.id }}
                label="Join live session"
                pendingLabel="Joining…"
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
