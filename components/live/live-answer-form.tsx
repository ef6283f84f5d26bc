"use client";

import { useState, type FormEvent } from "react";
import { AnswerOptions } from "@/components/practice/answer-options";
import type { AnswerStatus, Choice } from "@/components/live/use-live-answers";
import type { ImplicationCode } from "@/lib/domain/implications";
import type { NarrativeCode } from "@/lib/domain/narratives";

interface Props {
  options: readonly ImplicationCode[];
  /** What the server has, or what is waiting to be sent: the form starts from it after a reload. */
  initial: Choice | undefined;
  status: AnswerStatus;
  paused: boolean;
  onSubmit: (choice: Choice) => void;
}

function StatusLine({ status, changed }: { status: AnswerStatus; changed: boolean }) {
  switch (status.kind) {
    case "idle":
      return null;
    case "sending":
      return <p>Sending your answer…</p>;
    case "received":
      return changed ? (
        <p>You have changed your choices: submit again to update your answer.</p>
      ) : (
        <p className="form-success">
          <strong>Answer received.</strong> You can change it until answers close.
        </p>
      );
    case "waiting":
    case "held":
      return <p className="content-note">{status.message}</p>;
    case "refused":
      return (
        <p className="form-error" role="alert">
          {status.message}
        </p>
      );
  }
}

/** The scenario's questions, answered and changed while answers are open; paused, it keeps the choices and waits. */
export function LiveAnswerForm({ options, initial, status, paused, onSubmit }: Props) {
  const [narrative, setNarrative] = useState<NarrativeCode | null>(initial?.narrative ?? null);
  const [implication, setImplication] = useState<ImplicationCode | null>(initial?.implication ?? null);
  const [confidence, setConfidence] = useState<number | null>(initial?.confidence ?? null);
  const [errors, setErrors] = useState<{ narrative?: string; implication?: string }>({});
  const [sent, setSent] = useState<Choice | undefined>(initial);
  const changed =
    !!sent && (sent.narrative !== narrative || sent.implication !== implication || sent.confidence !== confidence);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!narrative || !implication) {
      setErrors({
        narrative: narrative ? undefined : "Choose the narrative this testimony carries.",
        implication: implication ? undefined : "Choose the policy implication it supports.",
      });
      document.getElementById(narrative ? "implication-legend" : "narrative-legend")?.focus();
      return;
    }
    setErrors({});
    const choice = { narrative, implication, confidence };
    setSent(choice);
    onSubmit(choice);
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby="live-answer-status">
      <AnswerOptions
        implicationOptions={options}
        narrative={narrative}
        implication={implication}
        confidence={confidence}
        onNarrative={setNarrative}
        onImplication={setImplication}
        onConfidence={setConfidence}
        errors={errors}
        disabled={paused}
      />
      <div className="actions">
        <button type="submit" disabled={paused || status.kind === "sending"}>
          {sent ? "Update answer" : "Submit answer"}
        </button>
      </div>
      <div id="live-answer-status" role="status" aria-live="polite">
        {paused ? (
          <p className="content-note">Answering is paused for discussion: your choices are kept.</p>
        ) : (
          <StatusLine status={status} changed={changed} />
        )}
      </div>
    </form>
  );
}
