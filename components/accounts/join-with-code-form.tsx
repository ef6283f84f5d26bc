"use client";

import { useActionState } from "react";
import { joinWithCodeAction } from "@/lib/accounts/actions";
import type { JoinState } from "@/lib/accounts/types";
import { Field } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFocusFirstError } from "@/components/forms/use-focus-first-error";

export function JoinWithCodeForm({ code = "" }: { code?: string }) {
  const [state, action] = useActionState<JoinState, FormData>(joinWithCodeAction, {});
  const formRef = useFocusFirstError<HTMLFormElement>(state);
  return (
    <form ref={formRef} action={action} className="card" noValidate>
      <FormStatus state={state} />
      <Field
        name="code"
        label="Class code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        defaultValue={state.ok ? "" : (state.values?.code ?? code)}
        error={state.fields?.code}
      />
      <SubmitButton pendingLabel="Joining…">Join class</SubmitButton>
    </form>
  );
}
