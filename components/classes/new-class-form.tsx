"use client";

import { useActionState, useState } from "react";
import { createClassAction } from "@/lib/classes/actions";
import { Field } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFocusFirstError } from "@/components/forms/use-focus-first-error";
import { initialActionState } from "@/lib/forms/action-state";

export function NewClassForm() {
  const [open, setOpen] = useState(false);
  const [state, action] = useActionState(createClassAction, initialActionState);
  const formRef = useFocusFirstError<HTMLFormElement>(state);
  return (
    <div>
      <button type="button" aria-expanded={open} aria-controls="new-class-form" onClick={() => setOpen((o) => !o)}>
        New class
      </button>
      {open && (
        <form ref={formRef} id="new-class-form" action={action} className="card" noValidate>
          <FormStatus state={state} />
          <Field
            name="name"
            label="Class name"
            autoComplete="off"
            required
            maxLength={80}
            autoFocus
            defaultValue={state.values?.name}
            error={state.fields?.name}
          />
          <SubmitButton pendingLabel="Creating…">Create class</SubmitButton>
        </form>
      )}
    </div>
  );
}
