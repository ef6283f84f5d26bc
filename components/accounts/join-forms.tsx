"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useRef, useState } from "react";
import { joinAsNewTraineeAction } from "@/lib/accounts/actions";
import type { JoinState } from "@/lib/accounts/types";
import { Field } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFocusFirstError } from "@/components/forms/use-focus-first-error";

export function NewTraineeJoinForm({ code = "" }: { code?: string }) {
  const router = useRouter();
  const [state, action] = useActionState<JoinState, FormData>(joinAsNewTraineeAction, {});
  const formRef = useFocusFirstError<HTMLFormElement>(state);
  const password = useRef("");
  const [signingIn, setSigningIn] = useState(false);

  if (state.ok && state.username) {
    const username = state.username;
    return (
      <section className="card" aria-labelledby="username-heading">
        <h2 id="username-heading">Your username</h2>
        <p>You joined {state.className}. You will need this username to sign in:</p>
        <p className="username-reveal" aria-label={`Your username is ${username}`}>
          {username}
        </p>
        <p>
          <strong>Write it down now.</strong> It is shown only once, and you did not give an email that could recover
          it.
        </p>
        <button
          type="button"
          disabled={signingIn}
          onClick={async () => {
            setSigningIn(true);
            await signIn("credentials", { login: username, password: password.current, redirect: false });
            router.replace("/practice");
            router.refresh();
          }}
        >
          {signingIn ? "Signing in…" : "I have noted my username: continue"}
        </button>
      </section>
    );
  }

  return (
    <form
      ref={formRef}
      action={action}
      className="card"
      noValidate
      onSubmit={(event) => {
        password.current = String(new FormData(event.currentTarget).get("password") ?? "");
      }}
    >
      <FormStatus state={state} />
      <Field
        name="code"
        label="Class code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        defaultValue={state.values?.code ?? code}
        error={state.fields?.code}
      />
      <Field
        name="displayName"
        label="Display name"
        autoComplete="name"
        required
        maxLength={60}
        defaultValue={state.values?.displayName}
        hint="Shown to your educator only. It does not need to be your full name."
        error={state.fields?.displayName}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        error={state.fields?.password}
      />
      <SubmitButton pendingLabel="Joining…">Join class</SubmitButton>
      <p>
        Already have an account?{" "}
        <Link href={`/signin?callbackUrl=${encodeURIComponent(code ? `/join?code=${code}` : "/join")}`}>Sign in</Link>{" "}
        and join with the code alone.
      </p>
    </form>
  );
}
