"use client";

import { useActionState, useState } from "react";
import { createExerciseAction } from "@/lib/exercises/actions";
import { Field } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFocusFirstError } from "@/components/forms/use-focus-first-error";
import { ScenarioPicker } from "@/components/scenarios/scenario-picker";
import { MAX_EXERCISE_SCENARIOS } from "@/lib/exercises/schema";
import { initialActionState } from "@/lib/forms/action-state";
import type { ScenarioChoice } from "@/lib/scenarios/types";

// datetime-local speaks the browser's local time; the server gets an absolute instant.
function toLocalInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
function toInstant(local: string): string {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString();
}

export function NewExerciseForm({ classId, scenarios }: { classId: string; scenarios: ScenarioChoice[] }) {
  const [state, action] = useActionState(createExerciseAction, initialActionState);
  const [opensAt, setOpensAt] = useState(() => toLocalInput(new Date()));
  const [closesAt, setClosesAt] = useState(() => toLocalInput(new Date(Date.now() + 7 * 86_400_000)));
  // Errors can sit far down the page (the scenarios, the dates): focus goes to the first one.
  const formRef = useFocusFirstError<HTMLFormElement>(state);
  const typed = state.values ?? {};

  return (
    <form ref={formRef} action={action} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="opensAt" value={toInstant(opensAt)} />
      <input type="hidden" name="closesAt" value={toInstant(closesAt)} />

      <div className="card">
        <Field
          name="title"
          label="Title"
          required
          maxLength={100}
          defaultValue={typed.title}
          error={state.fields?.title}
        />
      </div>

      <ScenarioPicker scenarios={scenarios} max={MAX_EXERCISE_SCENARIOS} error={state.fields?.scenarioIds} />

      <fieldset
        role="radiogroup"
        aria-labelledby="mode-legend"
        aria-describedby={state.fields?.mode ? "mode-error" : undefined}
      >
        <legend id="mode-legend">Mode</legend>
        <label className="option">
          <input type="radio" name="mode" value="PRACTICE" defaultChecked={typed.mode !== "ASSESSMENT"} />
          <span>
            Practice<small>Feedback after each answer.</small>
          </span>
        </label>
        <label className="option">
          <input type="radio" name="mode" value="ASSESSMENT" defaultChecked={typed.mode === "ASSESSMENT"} />
          <span>
            Assessment<small>Feedback only once the exercise closes.</small>
          </span>
        </label>
        {state.fields?.mode && (
          <p id="mode-error" className="field-error">
            {state.fields.mode}
          </p>
        )}
      </fieldset>

      <div className="card grid">
        <Field
          name="opensAtLocal"
          label="Opens"
          type="datetime-local"
          value={opensAt}
          onChange={(e) => setOpensAt(e.target.value)}
          required
          error={state.fields?.opensAt}
        />
        <Field
          name="closesAtLocal"
          label="Closes"
          type="datetime-local"
          value={closesAt}
          onChange={(e) => setClosesAt(e.target.value)}
          required
          error={state.fields?.closesAt}
        />
        <Field
          name="attemptsAllowed"
          label="Attempts allowed"
          type="number"
          min={1}
          max={10}
          defaultValue={typed.attemptsAllowed ?? 1}
          required
          error={state.fields?.attemptsAllowed}
        />
      </div>
      <SubmitButton pendingLabel="Creating exercise…">Create exercise</SubmitButton>
    </form>
  );
}
