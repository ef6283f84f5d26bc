"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionState } from "@/lib/forms/action-state";
import { joinLiveByPinAction } from "@/lib/live/actions";

export function PinForm() {
  const [state, action] = useActionState<ActionState, FormData>(joinLiveByPinAction, {});
  return (
    <form action={action} className="card" noValidate>
      <FormStatus state={state} />
      <Field
        name="pin"
        label="PIN"
        hint="The six digits on the projector."
        inputMode="numeric"
        autoComplete="off"
        maxLength={9}
        defaultValue={state.values?.pin}
        required
        error={state.fields?.pin}
        style={{ maxWidth: "12rem" }}
      />
      <SubmitButton pendingLabel="Joining…">Join live session</SubmitButton>
    </form>
  );
}
