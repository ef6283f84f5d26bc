"use client";

import { useActionState, useEffect, useState } from "react";
import {
  addEmailAction,
  changePasswordAction,
  deleteAccountAction,
  signOutEverywhereAction,
} from "@/lib/accounts/actions";
import { signOutAction } from "@/lib/auth/actions";
import { Field } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFocusFirstError } from "@/components/forms/use-focus-first-error";
import { initialActionState } from "@/lib/forms/action-state";

// After the server has ended every session, drop this browser's cookie too.
function useSignOutWhen(done: boolean | undefined, to: "/" | "/signin") {
  useEffect(() => {
    if (!done) return;
    const data = new FormData();
    data.set("to", to);
    void signOutAction(data);
  }, [done, to]);
}

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, initialActionState);
  const formRef = useFocusFirstError<HTMLFormElement>(state);
  useSignOutWhen(state.ok, "/signin");
  return (
    <form ref={formRef} action={action} className="card" noValidate aria-labelledby="password-heading">
      <h2 id="password-heading">Change password</h2>
      <FormStatus state={state} />
      <Field
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fields?.currentPassword}
      />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        error={state.fields?.newPassword}
      />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}

export function AddEmailForm({ current }: { current: string | null }) {
  const [state, action] = useActionState(addEmailAction, initialActionState);
  const formRef = useFocusFirstError<HTMLFormElement>(state);
  return (
    <form ref={formRef} action={action} className="card" noValidate aria-labelledby="email-heading">
      <h2 id="email-heading">{current ? "Email" : "Add an email"}</h2>
      <p className="muted">
        {current
          ? `You sign in with ${current} or your username.`
          : "Optional: lets you sign in with your email as well as your username."}
      </p>
      <FormStatus state={state} />
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
        id="email-current-password"
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fields?.currentPassword}
      />
      <SubmitButton pendingLabel="Saving…">Save email</SubmitButton>
    </form>
  );
}

export function SignOutEverywhereButton() {
  const [state, action] = useActionState(signOutEverywhereAction, initialActionState);
  useSignOutWhen(state.ok, "/signin");
  return (
    <form action={action}>
      <FormStatus state={state} />
      <SubmitButton pendingLabel="Signing out everywhere…" className="secondary">
        Sign out everywhere
      </SubmitButton>
    </form>
  );
}

export function DeleteAccountForm({ consequence }: { consequence: string }) {
  const [state, action] = useActionState(deleteAccountAction, initialActionState);
  const [asking, setAsking] = useState(false);
  useSignOutWhen(state.ok, "/");
  if (!asking) {
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        Delete account
      </button>
    );
  }
  return (
    <div className="card" role="alertdialog" aria-label="Delete account">
      <form action={action} noValidate>
        <p>{consequence}</p>
        <FormStatus state={state} />
        <Field
          name="password"
          label="Password to confirm"
          type="password"
          autoComplete="current-password"
          required
          error={state.fields?.password}
        />
        <div className="actions">
          <SubmitButton pendingLabel="Deleting…" className="danger">
            Delete my account
          </SubmitButton>
          <button type="button" className="secondary" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
