"use client";

import { useState } from "react";
import { useLiveControl } from "@/components/live/use-live-control";
import type { LiveCommand } from "@/lib/live/schema";
import type { LiveSnapshot } from "@/lib/live/types";

const TIMER_CHOICES = [
  [30, "30 seconds"],
  [60, "1 minute"],
  [120, "2 minutes"],
  [180, "3 minutes"],
  [300, "5 minutes"],
] as const;

interface Step {
  command: LiveCommand;
  label: string;
}

/** The next step of the session in each phase: one main button, so the educator never has to think about order. */
function mainStep(snapshot: LiveSnapshot): Step | null {
  switch (snapshot.phase) {
    case "LOBBY":
      return { command: "open", label: "Show first scenario" };
    case "ANSWERING":
    case "PAUSED":
      return { command: "close", label: "Close answers" };
    case "CLOSED":
      return { command: "reveal", label: "Reveal" };
    case "REVEALED":
      return snapshot.position < snapshot.size - 1
        ? { command: "next", label: "Next scenario" }
        : { command: "end", label: "End session" };
    case "ENDED":
      return null;
  }
}

/** The educator's buttons, the same on the presenter view and the control panel. */
export function ControlBar({ snapshot }: { snapshot: LiveSnapshot }) {
  const { send, busy, pending, error } = useLiveControl(snapshot.sessionId, snapshot.version);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [seconds, setSeconds] = useState(60);
  const main = mainStep(snapshot);
  if (!main) return null;
  const { phase } = snapshot;
  const open = phase === "ANSWERING" || phase === "PAUSED";
  const timerRunning = snapshot.timer.endsAt !== null || snapshot.timer.remainingMs !== null;
  const button = (command: LiveCommand, label: string, className?: string, value?: number) => (
    <button type="button" className={className} disabled={busy} onClick={() => void send(command, value)}>
      {pending === command ? `${label}…` : label}
    </button>
  );

  return (
    <div className="live-controls" role="group" aria-label="Session controls">
      <div className="actions">
        {button(main.command, main.label)}
        {phase === "ANSWERING" && button("pause", "Pause", "secondary")}
        {phase === "PAUSED" && button("resume", "Resume", "secondary")}
        {main.command !== "end" && !confirmEnd && (
          <button type="button" className="secondary" disabled={busy} onClick={() => setConfirmEnd(true)}>
            End session
          </button>
        )}
      </div>
      {confirmEnd && main.command !== "end" && (
        <div className="actions" role="alertdialog" aria-label="End session">
          <p>End the session now? Scenarios not yet shown are skipped, and nobody can answer any more.</p>
          {button("end", "End now", "danger")}
          <button type="button" className="secondary" onClick={() => setConfirmEnd(false)}>
            Cancel
          </button>
        </div>
      )}
      {open && (
        <div className="actions" role="group" aria-label="Timer">
          {timerRunning ? (
            <>
              {button("extendTimer", "Add 30 seconds", "secondary")}
              {button("stopTimer", "Stop timer", "secondary")}
            </>
          ) : (
            <>
              <label htmlFor={`timer-${snapshot.sessionId}`}>Timer</label>
              <select
                id={`timer-${snapshot.sessionId}`}
                value={seconds}
                onChange={(e) => setSeconds(Number(e.target.value))}
                style={{ width: "auto" }}
              >
                {TIMER_CHOICES.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
              {button("setTimer", "Start timer", "secondary", seconds)}
            </>
          )}
        </div>
      )}
      <div aria-live="assertive">
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
