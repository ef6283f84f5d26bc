"use client";

import Link from "next/link";
import { ClassChoices } from "@/components/live/class-choices";
import { ClassSummary } from "@/components/live/class-summary";
import { ConnectionNotice } from "@/components/live/connection-notice";
import { ControlBar } from "@/components/live/control-bar";
import { Countdown } from "@/components/live/countdown";
import { LiveAnnouncer } from "@/components/live/live-announcer";
import { LiveScenario } from "@/components/live/live-scenario";
import { RevealPanel } from "@/components/live/reveal-panel";
import { useLiveState } from "@/components/live/use-live-state";
import type { LiveSnapshot } from "@/lib/live/types";

const spacedPin = (pin: string) => `${pin.slice(0, 3)} ${pin.slice(3)}`;

/**
 * The projector's view: large type, high contrast, one thing at a time. It shows counts and the class's choices but
 * never a trainee's name (the snapshot it is sent holds none), and the key only after Reveal.
 */
export function PresenterView({ initial, joinAt }: { initial: LiveSnapshot; joinAt: string }) {
  const { snapshot, connection, clockOffset } = useLiveState(initial, "presenter");
  const { phase, scenario, progress, pin } = snapshot;
  const heading = `Scenario ${snapshot.position + 1} of ${snapshot.size}`;
  const answered = progress ? `${progress.answered} of ${progress.joined} answered` : null;

  return (
    <div className="presenter" data-phase={phase}>
      <header className="presenter-bar">
        <span>
          {snapshot.title} · {snapshot.className}
        </span>
        {pin && phase !== "LOBBY" && (
          <span>
            Join at {joinAt} with PIN <strong>{spacedPin(pin)}</strong>
          </span>
        )}
        <Link href={`/live/${snapshot.sessionId}/control`} target="_blank" rel="noopener">
          Control panel
        </Link>
      </header>
      <ConnectionNotice connection={connection} />
      <LiveAnnouncer snapshot={snapshot} />

      <div className="presenter-body">
        {phase === "LOBBY" && (
          <section className="presenter-lobby" aria-labelledby="presenter-heading">
            <h1 id="presenter-heading">Join at {joinAt}</h1>
            {pin && (
              <p className="presenter-pin">
                <span className="visually-hidden">PIN: </span>
                {spacedPin(pin)}
              </p>
            )}
            <p className="presenter-count">{progress?.joined ?? 0} joined</p>
          </section>
        )}

        {(phase === "ANSWERING" || phase === "PAUSED") && scenario && (
          <div className="presenter-question">
            <h1 className="visually-hidden">{heading}</h1>
            <LiveScenario scenario={scenario} />
            <aside className="presenter-side" aria-label="Answers">
              <p className="presenter-step">{heading}</p>
              <p className="presenter-count" aria-live="off">
                {answered}
              </p>
              {phase === "PAUSED" && <p className="presenter-paused">Paused for discussion</p>}
              <Countdown timer={snapshot.timer} clockOffset={clockOffset} />
            </aside>
          </div>
        )}

        {(phase === "CLOSED" || phase === "REVEALED") && scenario && (
          <section aria-labelledby="presenter-heading">
            <h1 id="presenter-heading">
              {heading}: {scenario.title}
            </h1>
            <p className="presenter-step">Answers closed · {answered}</p>
            {snapshot.reveal ? (
              <RevealPanel reveal={snapshot.reveal} answers={snapshot.distribution?.answers ?? 0}>
                {snapshot.distribution && (
                  <ClassChoices distribution={snapshot.distribution} reveal={snapshot.reveal} />
                )}
              </RevealPanel>
            ) : (
              snapshot.distribution && <ClassChoices distribution={snapshot.distribution} reveal={null} />
            )}
          </section>
        )}

        {phase === "ENDED" && (
          <section aria-labelledby="presenter-heading">
            <h1 id="presenter-heading">Session ended</h1>
            {snapshot.summary && <ClassSummary summary={snapshot.summary} />}
          </section>
        )}
      </div>

      <footer className="presenter-footer">
        <ControlBar snapshot={snapshot} />
      </footer>
    </div>
  );
}
