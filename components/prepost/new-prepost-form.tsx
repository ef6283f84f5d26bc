"use client";

import { useActionState, useMemo, useState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { MatchReportView } from "@/components/prepost/match-report-view";
import { implicationName, narrativeShortName } from "@/lib/domain/labels";
import { initialActionState } from "@/lib/forms/action-state";
import { createPrePostAction } from "@/lib/prepost/actions";
import { buildParallelForms, largestFormSize } from "@/lib/prepost/form-builder";
import { MIN_FORM_SIZE } from "@/lib/prepost/forms";
import { matchReport } from "@/lib/prepost/match-report";
import { DEFAULT_FORM_SIZE, MAX_FORM_SIZE } from "@/lib/prepost/schema";
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

type Built = { formA: ScenarioChoice[]; formB: ScenarioChoice[] };

function FormList({ name, scenarios }: { name: string; scenarios: ScenarioChoice[] }) {
  return (
    <div>
      <h3>{name}</h3>
      <ol className="form-list">
        {scenarios.map((s) => (
          <li key={s.id}>
            {s.title}
            <small>
              {narrativeShortName(s.primaryNarrative)} · difficulty {s.difficulty} ·{" "}
              {implicationName(s.correctImplication)}
            </small>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Builds two parallel forms from the scenarios this class may meet, shows how well they match, and creates the pair. */
export function NewPrePostForm({ classId, scenarios }: { classId: string; scenarios: ScenarioChoice[] }) {
  const [state, action] = useActionState(createPrePostAction, initialActionState);
  const largest = useMemo(() => Math.min(MAX_FORM_SIZE, largestFormSize(scenarios)), [scenarios]);
  const [size, setSize] = useState(String(Math.max(MIN_FORM_SIZE, Math.min(DEFAULT_FORM_SIZE, largest))));
  const [closesAt, setClosesAt] = useState(() => toLocalInput(new Date(Date.now() + 28 * 86_400_000)));
  const [built, setBuilt] = useState<Built | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const report = built ? matchReport(built.formA, built.formB) : null;

  function build() {
    const wanted = Number(size);
    if (!Number.isInteger(wanted) || wanted < MIN_FORM_SIZE || wanted > largest) {
      setBuilt(null);
      setProblem(`Choose between ${MIN_FORM_SIZE} and ${largest} scenarios per form.`);
      return;
    }
    const result = buildParallelForms(scenarios, wanted);
    if (!result.ok) {
      setBuilt(null);
      setProblem(`The scenarios this class may meet fill two forms of at most ${result.largest} scenarios.`);
      return;
    }
    setProblem(null);
    setBuilt({ formA: result.formA, formB: result.formB });
  }

  if (largest < MIN_FORM_SIZE) {
    return (
      <p className="form-error" role="alert">
        The scenarios this class may meet are too few for two forms of {MIN_FORM_SIZE} (two scenarios of each narrative
        are needed). Allow more content notes on the class page.
      </p>
    );
  }

  return (
    <form action={action} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="closesAt" value={toInstant(closesAt)} />
      {built?.formA.map((s) => (
        <input key={s.id} type="hidden" name="formA" value={s.id} />
      ))}
      {built?.formB.map((s) => (
        <input key={s.id} type="hidden" name="formB" value={s.id} />
      ))}

      <div className="card grid">
        <Field
          name="title"
          label="Title"
          required
          maxLength={80}
          defaultValue={state.values?.title}
          error={state.fields?.title}
        />
        <Field
          name="closesAtLocal"
          label="Closes"
          hint="Both tests close then; results and feedback appear from that moment."
          type="datetime-local"
          value={closesAt}
          onChange={(e) => setClosesAt(e.target.value)}
          required
          error={state.fields?.closesAt}
        />
      </div>

      <fieldset>
        <legend>Parallel forms</legend>
        <p className="muted">
          Two forms with no scenario in both, each with the same number of scenarios of every narrative, matched on
          implication keys and then on difficulty as closely as the bank allows.
        </p>
        <div className="actions">
          <Field
            name="size"
            label="Scenarios per form"
            hint={`From ${MIN_FORM_SIZE} to ${largest}; a multiple of 4 gives every narrative the same share.`}
            type="number"
            min={MIN_FORM_SIZE}
            max={largest}
            value={size}
            onChange={(e) => {
              setSize(e.target.value);
              setBuilt(null);
            }}
          />
          <button type="button" className="secondary" onClick={build}>
            {built ? "Draw again" : "Build forms"}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {problem && <p className="field-error">{problem}</p>}
          {report && (
            <p>
              Forms built: {report.size} scenarios each, {report.implicationsMatched} of {report.size} implication keys
              matched.
            </p>
          )}
        </div>
        {(state.fields?.formA || state.fields?.formB) && (
          <p className="field-error">{state.fields.formA ?? state.fields.formB}</p>
        )}
        {built && report && (
          <>
            <MatchReportView report={report} idPrefix="new" />
            <div className="grid">
              <FormList name="Form A" scenarios={built.formA} />
              <FormList name="Form B" scenarios={built.formB} />
            </div>
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>Order</legend>
        <label className="option">
          <input type="checkbox" name="counterbalanced" value="true" defaultChecked />
          <span>
            Swap the forms for half the class
            <small>
              Half the trainees take form B first and form A after, so a harder form cannot pass for learning. Each
              trainee&apos;s order is fixed at their first start, keeping the halves even.
            </small>
          </span>
        </label>
      </fieldset>
      <p className="muted">
        The pre-test opens as soon as you create the assessment. The post-test opens when you choose, from the class
        page; opening it closes the pre-test.
      </p>
      <SubmitButton pendingLabel="Creating…">Create pre/post assessment</SubmitButton>
    </form>
  );
}
