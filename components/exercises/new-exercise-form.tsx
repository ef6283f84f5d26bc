"use client";

import { useActionState, useMemo, useState } from "react";
import { createExerciseAction } from "@/lib/exercises/actions";
import { Field } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { IMPLICATION_CODES, IMPLICATIONS } from "@/lib/domain/implications";
import { NARRATIVE_CODES, NARRATIVES, type NarrativeCode } from "@/lib/domain/narratives";
import { balancedDraw } from "@/lib/exercises/balanced-draw";
import { MAX_EXERCISE_SCENARIOS } from "@/lib/exercises/schema";
import { initialActionState } from "@/lib/forms/action-state";

export interface ScenarioChoice {
  id: string;
  title: string;
  primaryNarrative: NarrativeCode;
  correctImplication: string;
  difficulty: number;
  kind: string;
}

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
  const [filters, setFilters] = useState({ narrative: "", implication: "", difficulty: "", kind: "" });
  const [selected, setSelected] = useState<string[]>([]);
  const [drawCount, setDrawCount] = useState(8);
  const [opensAt, setOpensAt] = useState(() => toLocalInput(new Date()));
  const [closesAt, setClosesAt] = useState(() => toLocalInput(new Date(Date.now() + 7 * 86_400_000)));

  const visible = useMemo(
    () =>
      scenarios.filter(
        (s) =>
          (!filters.narrative || s.primaryNarrative === filters.narrative) &&
          (!filters.implication || s.correctImplication === filters.implication) &&
          (!filters.difficulty || String(s.difficulty) === filters.difficulty) &&
          (!filters.kind || s.kind === filters.kind),
      ),
    [scenarios, filters],
  );
  const toggle = (id: string) => setSelected((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  const filter = (key: keyof typeof filters, label: string, options: [string, string][]) => (
    <div className="field">
      <label htmlFor={`filter-${key}`}>{label}</label>
      <select
        id={`filter-${key}`}
        value={filters[key]}
        onChange={(e) => setFilters({ ...filters, [key]: e.target.value })}
      >
        <option value="">All</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form action={action} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="classId" value={classId} />
      {selected.map((id) => (
        <input key={id} type="hidden" name="scenarioIds" value={id} />
      ))}
      <input type="hidden" name="opensAt" value={toInstant(opensAt)} />
      <input type="hidden" name="closesAt" value={toInstant(closesAt)} />

      <div className="card">
        <Field name="title" label="Title" required maxLength={100} error={state.fields?.title} />
      </div>

      <fieldset aria-describedby={state.fields?.scenarioIds ? "scenarios-error" : "scenarios-count"}>
        <legend>Scenarios</legend>
        <div className="grid">
          {filter(
            "narrative",
            "Narrative",
            NARRATIVE_CODES.map((c) => [c, NARRATIVES[c].short]),
          )}
          {filter(
            "implication",
            "Implication",
            IMPLICATION_CODES.map((c) => [c, IMPLICATIONS[c].statement]),
          )}
          {filter("difficulty", "Difficulty", [
            ["1", "1 (easier)"],
            ["2", "2"],
            ["3", "3 (hard on purpose)"],
          ])}
          {filter("kind", "Kind", [
            ["documented", "Documented case"],
            ["composite", "Composite"],
          ])}
        </div>
        <div className="actions">
          <label htmlFor="draw-count">How many</label>
          <input
            id="draw-count"
            type="number"
            min={1}
            max={MAX_EXERCISE_SCENARIOS}
            value={drawCount}
            onChange={(e) => setDrawCount(Number(e.target.value))}
            style={{ width: "5rem" }}
          />
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setSelected(
                balancedDraw(visible, Math.max(1, Math.min(drawCount, MAX_EXERCISE_SCENARIOS))).map((s) => s.id),
              )
            }
          >
            Draw balanced set
          </button>
          <button type="button" className="link" onClick={() => setSelected([])}>
            Clear selection
          </button>
        </div>
        <p id="scenarios-count" role="status">
          {selected.length} selected · {visible.length} shown
        </p>
        {state.fields?.scenarioIds && (
          <p id="scenarios-error" className="field-error">
            {state.fields.scenarioIds}
          </p>
        )}
        <div style={{ maxHeight: "24rem", overflowY: "auto" }}>
          {visible.map((s) => (
            <label key={s.id} className="option">
              <input type="checkbox" checked={selected.includes(s.id)} onChange={() => toggle(s.id)} />
              <span>
                {s.title}
                <small>
                  {NARRATIVES[s.primaryNarrative].short} · difficulty {s.difficulty} ·{" "}
                  {s.kind === "composite" ? "composite" : "documented"}
                </small>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset
        role="radiogroup"
        aria-labelledby="mode-legend"
        aria-describedby={state.fields?.mode ? "mode-error" : undefined}
      >
        <legend id="mode-legend">Mode</legend>
        <label className="option">
          <input type="radio" name="mode" value="PRACTICE" defaultChecked />
          <span>
            Practice<small>Feedback after each answer.</small>
          </span>
        </label>
        <label className="option">
          <input type="radio" name="mode" value="ASSESSMENT" />
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
          defaultValue={1}
          required
          error={state.fields?.attemptsAllowed}
        />
      </div>
      <SubmitButton pendingLabel="Creating exercise…">Create exercise</SubmitButton>
    </form>
  );
}
