"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionState } from "@/lib/forms/action-state";

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  /** When given, the button first asks for confirmation with this text. */
  confirm?: ReactNode;
  confirmLabel?: string;
  danger?: boolean;
  /** The main action where it stands (filled); other buttons are outlined. */
  primary?: boolean;
}

export function ActionButton({ action, fields, label, pendingLabel, confirm, confirmLabel, danger, primary }: Props) {
  const [state, formAction] = useActionState(action, {});
  const [asking, setAsking] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  // The question takes focus when it opens, so keyboard and screen reader users meet it at once.
  useEffect(() => {
    if (asking) dialog.current?.focus();
  }, [asking]);
  if (confirm && !asking) {
    return (
      <>
        <button type="button" className={danger ? "danger-outline" : "secondary"} onClick={() => setAsking(true)}>
          {label}
        </button>
        <FormStatus state={state} />
      </>
    );
  }
  const form = (
    <form action={formAction} className={confirm ? undefined : "inline-form"}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm && <p>{confirm}</p>}
      <span
        className="actions"
        style={{ marginTop: confirm ? undefined : 0, display: confirm ? "flex" : "inline-flex" }}
      >
        <SubmitButton pendingLabel={pendingLabel} className={danger ? "danger" : primary ? undefined : "secondary"}>
          {confirm ? (confirmLabel ?? label) : label}
        </SubmitButton>
        {confirm && (
          <button type="button" className="secondary" onClick={() => setAsking(false)}>
            Cancel
          </button>
        )}
      </span>
      <FormStatus state={state} />
    </form>
  );
  if (!confirm) return form;
  return (
    <div ref={dialog} className="card" role="alertdialog" aria-label={label} tabIndex={-1}>
      {form}
    </div>
  );
}
