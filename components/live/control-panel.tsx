"use client";

import Link from "next/link";
import { ClassSummary } from "@/components/live/class-summary";
import { ConnectionNotice } from "@/components/live/connection-notice";
import { ControlBar } from "@/components/live/control-bar";
import { Countdown } from "@/components/live/countdown";
import { LiveAnnouncer } from "@/components/live/live-announcer";
import { useLiveState } from "@/components/live/use-live-state";
import type { LivePhase } from "@/lib/live/schema";
import type { LiveSnapshot, RosterEntry } from "@/lib/live/types";

const PHASE_LABEL: Record<LivePhase, string> = {
  LOBBY: "Waiting for trainees to join",
  ANSWERING: "Answers open",
  PAUSED: "Answering paused",
  CLOSED: "Answers closed",
  REVEALED: "Key revealed",
  ENDED: "Ended",
};

function Names({ title, people, empty }: { title: string; people: RosterEntry[]; empty: string }) {
  const id = `roster-${title.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title} ({people.length})
      </h3>
      {people.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="live-names">
          {people.map((p, i) => (
            <li key={`${p.name}-${i}`}>{p.name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The educator's own panel (a laptop or a phone): the same buttons as the presenter, and who is there. */
export function ControlPanel({ initial, classId }: { initial: LiveSnapshot; classId: string }) {
  const { snapshot, connection, clockOffset } = useLiveState(initial, "control");
  const { phase, scenario, progress, roster = [] } = snapshot;
  const joined = roster.filter((r) => r.joined);
  const open = phase === "ANSWERING" || phase === "PAUSED";

  return (
    <>
      <ConnectionNotice connection={connection} />
      <LiveAnnouncer snapshot={snapshot} />
      <h1>{snapshot.title}</h1>
      <p className="muted">
        {snapshot.className}
        {snapshot.pin && (
          <>
            {" "}
            · PIN <strong className="join-code">{snapshot.pin}</strong>
          </>
        )}
      </p>
      <section className="card" aria-labelledby="live-state-heading">
        <h2 id="live-state-heading">{PHASE_LABEL[phase]}</h2>
        {scenario && phase !== "LOBBY" && (
          <p>
            Scenario {snapshot.position + 1} of {snapshot.size}: <strong>{scenario.title}</strong>
          </p>
        )}
        {progress && phase !== "ENDED" && (
          <p>
            {phase === "LOBBY" ? `${progress.joined} joined` : `${progress.answered} of ${progress.joined} answered`}
          </p>
        )}
        <Countdown timer={snapshot.timer} clockOffset={clockOffset} />
        <ControlBar snapshot={snapshot} />
        <p>
          <Link href={`/live/${snapshot.sessionId}/present`} target="_blank" rel="noopener">
            Open the presenter view
          </Link>
        </p>
      </section>

      {phase === "ENDED" ? (
        <>
          {snapshot.summary && <ClassSummary summary={snapshot.summary} />}
          <p>
            <Link href={`/classes/${classId}/dashboard?liveSession=${snapshot.sessionId}`}>
              See this session&apos;s answers on the class dashboard
            </Link>
          </p>
        </>
      ) : (
        <section aria-labelledby="roster-heading">
          <h2 id="roster-heading">Trainees</h2>
          <div className="grid">
            {open && (
              <Names
                title="Not answered yet"
                people={joined.filter((r) => !r.answered)}
                empty="Everyone who joined has answered."
              />
            )}
            <Names title="Joined" people={joined} empty="Nobody has joined yet." />
            <Names
              title="Not joined"
              people={roster.filter((r) => !r.joined)}
              empty="Every trainee of the class has joined."
            />
          </div>
        </section>
      )}
    </>
  );
}
