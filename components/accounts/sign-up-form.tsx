"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { signUpEducatorAction } from "@/lib/accounts/actions";
import { Field } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFocusFirstError } from "@/components/forms/use-focus-first-error";
import { initialActionState } from "@/lib/forms/action-state";

export function SignUpForm() {
  const router = useRouter();
  const [state, action] = useActionState(signUpEducatorAction, initialActionState);
  // React resets the form after the action, so keep what was typed for the sign-in that follows.
  const typed = useRef({ login: "", password: "" });
  const formRef = useFocusFirstError<HTMLFormElement>(state);
  const [signInFailed, setSignInFailed] = useState(false);

  useEffect(() => {
    if (!state.ok) return;
    void signIn("credentials", { ...typed.current, redirect: false }).then((result) => {
      // Sign-up answers alike whether or not the email already had an account; the sign-in that follows is what
      // tells, and it counts as a sign-in attempt like any other.
      if (!result?.ok) {
        setSignInFailed(true);
        return;
      }
      router.replace("/classes");
      router.refresh();
    });
  }, [state, router]);

  return (
    <form
      ref={formRef}
      action={action}
      className="card"
      noValidate
      onSubmit={(event) => {
        const data = new FormData(event.currentTarget);
        typed.current = { login: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };
      }}
    >
      <FormStatus state={state} />
      {/* What was typed comes back with a refusal (never the password) and is shown again. */}
      <Field
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={60}
        defaultValue={state.values?.name}
        error={state.fields?.name}
      />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fields?.email}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters; avoid common passwords."
        error={state.fields?.password}
      />
      {state.ok ? (
        <p role="status">{signInFailed ? state.message : "Signing you in…"}</p>
      ) : (
        <SubmitButton pendingLabel="Creating account…">Create account</SubmitButton>
      )}
    </form>
  );
}
