"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { ClassChoices } from "@/components/live/class-choices";
import { ConnectionNotice } from "@/components/live/connection-notice";
import { Countdown } from "@/components/live/countdown";
import { LiveAnnouncer } from "@/components/live/live-announcer";
import { LiveAnswerForm } from "@/components/live/live-answer-form";
import { PersonalSummary } from "@/components/live/personal-summary";
import { RevealPanel } from "@/components/live/reveal-panel";
import { useLiveAnswers, type AnswerStatus, type Choice } from "@/components/live/use-live-answers";
import { useLiveState } from "@/components/live/use-live-state";
import { YourResult } from "@/components/live/your-result";
import { ScenarioCard } from "@/components/practice/scenario-card";
import { IMPLICATIONS } from "@/lib/domain/implications";
import { NARRATIVES } from "@/lib/domain/narratives";
import type { ImplicationCode } from "@/lib/domain/implications";
import type { LiveSnapshot } from "@/lib/live/types";

interface Props {
  initial: LiveSnapshot;
  /** This trainee's own order of the implication options, by scenario. */
  orders: Record<string, ImplicationCode[]>;
  /** The answers the server holds for this trainee, by scenario. */
  saved: Record<string, Choice>;
}

function ChoiceLine({ choice }: { choice: Choice | undefined }) {
  if (!choice) return <p>You did not answer this scenario.</p>;
  return (
    <p>
      Your answer: {NARRATIVES[choice.narrative].name}; {IMPLICATIONS[choice.implication].statement}.
    </p>
  );
}

/** The trainee's screen, at the educator's pace: waiting, answering, closed, revealed, and their summary. */
export function TraineeLiveView({ initial, orders, saved: initialSaved }: Props) {
  const { snapshot, connection, clockOffset } = useLiveState(initial);
  const { saved, statuses, submit, waitingChoice } = useLiveAnswers(
    initial.sessionId,
    initialSaved,
    snapshot,
    connection,
  );
  const { phase, scenario } = snapshot;
  const heading = useRef<HTMLHeadingElement>(null);
  const position = snapshot.position;

  // A new scenario takes the reader to its start; a change of phase that removed the focused control (the form, when
  // answers close) puts the focus on the new heading rather than leaving it nowhere.
  const shownPosition = useRef(position);
  useEffect(() => {
    const moved = shownPosition.current !== position;
    shownPosition.current = position;
    if (moved || document.activeElement === document.body) heading.current?.focus();
  }, [position, phase]);

  const scenarioId = scenario?.id ?? "";
  const status: AnswerStatus = statuses[scenarioId] ?? (saved[scenarioId] ? { kind: "received" } : { kind: "idle" });
  const title = `Scenario ${position + 1} of ${snapshot.size}`;

  return (
    <div className="live-trainee">
      <p className="muted">
        {snapshot.title} · {snapshot.className}
      </p>
      <ConnectionNotice connection={connection} />
      <LiveAnnouncer snapshot={snapshot} />

      {phase === "LOBBY" && (
        <>
          <h1>You have joined</h1>
          <p className="lead">
            The first scenario appears here as soon as your educator shows it. Keep this page open.
          </p>
        </>
      )}

      {(phase === "ANSWERING" || phase === "PAUSED") && scenario && (
        <>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {phase === "PAUSED" && <p className="content-note">Answering is paused while the class discusses.</p>}
          <Countdown timer={snapshot.timer} clockOffset={clockOffset} />
          <ScenarioCard
            scenario={{ ...scenario, contentNote: scenario.contentNote ?? undefined }}
            headingId="scenario-title"
          />
          <LiveAnswerForm
            key={scenario.id}
            options={orders[scenario.id] ?? scenario.options}
            initial={waitingChoice(scenario.id) ?? saved[scenario.id]}
            status={status}
            paused={phase === "PAUSED"}
            onSubmit={(choice) => submit(scenario.id, choice)}
          />
        </>
      )}

      {phase === "CLOSED" && scenario && (
        <>
          <h1 ref={heading} tabIndex={-1}>
            {title}: answers closed
          </h1>
          <ChoiceLine choice={saved[scenario.id]} />
          {status.kind === "refused" && (
            <p className="form-error" role="alert">
              {status.message}
            </p>
          )}
          <p className="lead">Your educator reveals the key next.</p>
        </>
      )}

      {phase === "REVEALED" && scenario && snapshot.reveal && (
        <>
          <h1 ref={heading} tabIndex={-1}>
            {title}: {scenario.title}
          </h1>
          {status.kind === "refused" && (
            <p className="form-error" role="alert">
              {status.message}
            </p>
          )}
          <YourResult choice={saved[scenario.id]} reveal={snapshot.reveal} />
          <RevealPanel reveal={snapshot.reveal} answers={snapshot.distribution?.answers ?? 0}>
            {snapshot.distribution && <ClassChoices distribution={snapshot.distribution} reveal={snapshot.reveal} />}
          </RevealPanel>
        </>
      )}

      {phase === "ENDED" && (
        <>
          <h1 ref={heading} tabIndex={-1}>
            The session has ended
          </h1>
          {snapshot.summary && <PersonalSummary summary={snapshot.summary} answers={saved} />}
          <p>
            <Link href="/practice">Back to practice</Link>
          </p>
        </>
      )}
    </div>
  );
}
