"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-state";
import { startPracticeAction } from "@/lib/practice/actions";
import { DEFAULT_SESSION_SIZE, SESSION_SIZES } from "@/lib/practice/schema";

export function StartPracticeForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(startPracticeAction, {});
  return (
    <form action={action} className="card">
      <div className="field">
        <label htmlFor="size">Session length</label>
        <select
          id="size"
          name="size"
          defaultValue={DEFAULT_SESSION_SIZE}
          aria-describedby={state.error ? "size-error" : undefined}
        >
          {SESSION_SIZES.map((size) => (
            <option key={size} value={size}>
              {size} scenarios
            </option>
          ))}
        </select>
        {state.error && (
          <p id="size-error" className="field-error" role="alert">
            {state.error}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Preparing scenarios…" : "Start practice"}
      </button>
    </form>
  );
}
