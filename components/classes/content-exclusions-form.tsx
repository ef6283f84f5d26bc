"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { setContentExclusionsAction } from "@/lib/classes/actions";
import { CONTENT_WARNING_LABELS, CONTENT_WARNINGS, type ContentWarning } from "@/lib/domain/content-warnings";
import { initialActionState } from "@/lib/forms/action-state";

interface Props {
  classId: string;
  excluded: readonly ContentWarning[];
  /** How many scenarios of the current bank carry each warning. */
  counts: Record<ContentWarning, number>;
  /** How many scenarios the class meets with its current exclusions, of how many. */
  offered: number;
  total: number;
}

/** The educator leaves out scenarios by content note for this class (for example executions, for younger groups). */
export function ContentExclusionsForm({ classId, excluded, counts, offered, total }: Props) {
  const [state, action] = useActionState(setContentExclusionsAction, initialActionState);
  return (
    <section aria-labelledby="exclusions-heading">
      <h2 id="exclusions-heading">Content notes</h2>
      <p className="muted">
        Leave out scenarios whose content note names any of these, for example for younger groups. Practice, exercises,
        live sessions and pre/post assessments drawn for this class respect it; exercises already set keep their
        scenarios. The <Link href="/guide#content-notes">facilitator&apos;s guide</Link> explains what each note covers.
      </p>
      <form action={action} className="card">
        <input type="hidden" name="classId" value={classId} />
        <fieldset aria-describedby="exclusions-offered">
          <legend>Leave out scenarios about</legend>
          {CONTENT_WARNINGS.map((warning) => (
            <label key={warning} className="option">
              <input type="checkbox" name="warnings" value={warning} defaultChecked={excluded.includes(warning)} />
              <span>
                {CONTENT_WARNING_LABELS[warning]}
                <small>
                  {counts[warning]} scenario{counts[warning] === 1 ? "" : "s"} in the bank
                </small>
              </span>
            </label>
          ))}
          <p id="exclusions-offered" className="muted">
            With the saved choice, this class meets {offered} of {total} scenarios.
          </p>
        </fieldset>
        <FormStatus state={state} />
        <SubmitButton pendingLabel="Saving…">Save content notes</SubmitButton>
      </form>
    </section>
  );
}
