"use client";

import { useActionState, useState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { ScenarioPicker } from "@/components/scenarios/scenario-picker";
import { initialActionState } from "@/lib/forms/action-state";
import { startLiveSessionAction } from "@/lib/live/actions";
import { MAX_LIVE_SCENARIOS } from "@/lib/live/schema";
import type { ScenarioChoice } from "@/lib/scenarios/types";

interface Props {
  classId: string;
  scenarios: ScenarioChoice[];
  exercises: { id: string; title: string; _count: { scenarios: number } }[];
}

/** Chooses a live session's scenarios: an exercise's set, or a pick with the same picker as a new exercise. */
export function StartLiveForm({ classId, scenarios, exercises }: Props) {
  const [state, action] = useActionState(startLiveSessionAction, initialActionState);
  const [source, setSource] = useState<"exercise" | "choose">(
    (state.values?.source as "exercise" | "choose" | undefined) ?? (exercises.length > 0 ? "exercise" : "choose"),
  );

  return (
    <form action={action} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="classId" value={classId} />
      <div className="card">
        <Field
          name="title"
          label="Title"
          hint="Shown on the projector and in the dashboard's filter."
          required
          maxLength={100}
          defaultValue={state.values?.title ?? "Live session"}
          error={state.fields?.title}
        />
      </div>
      <fieldset role="radiogroup" aria-labelledby="source-legend">
        <legend id="source-legend">Scenarios</legend>
        <label className="option">
          <input
            type="radio"
            name="source"
            value="exercise"
            checked={source === "exercise"}
            disabled={exercises.length === 0}
            onChange={() => setSource("exercise")}
          />
          <span>
            An exercise&apos;s scenarios
            <small>{exercises.length === 0 ? "This class has no exercises yet." : "In the exercise's order."}</small>
          </span>
        </label>
        <label className="option">
          <input
            type="radio"
            name="source"
            value="choose"
            checked={source === "choose"}
            onChange={() => setSource("choose")}
          />
          <span>
            Choose scenarios<small>Filter the bank, draw a balanced set, or pick by hand.</small>
          </span>
        </label>
      </fieldset>
      {source === "exercise" ? (
        <div className="card">
          <div className="field">
            <label htmlFor="exerciseId">Exercise</label>
            <select
              id="exerciseId"
              name="exerciseId"
              defaultValue={state.values?.exerciseId}
              aria-invalid={state.fields?.exerciseId ? true : undefined}
              aria-describedby={state.fields?.exerciseId ? "exerciseId-error" : undefined}
            >
              {exercises.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.title} ({e._count.scenarios} scenarios)
                </option>
              ))}
            </select>
            {state.fields?.exerciseId && (
              <p id="exerciseId-error" className="field-error">
                {state.fields.exerciseId}
              </p>
            )}
          </div>
        </div>
      ) : (
        <ScenarioPicker scenarios={scenarios} max={MAX_LIVE_SCENARIOS} error={state.fields?.scenarioIds} />
      )}
      <SubmitButton pendingLabel="Starting…">Start</SubmitButton>
    </form>
  );
}
