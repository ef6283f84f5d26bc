import type { ActionState } from "@/lib/forms/action-state";

export function FormStatus({ state }: { state: ActionState }) {
  return (
    <div aria-live="polite">
      {state.error && (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      )}
      {state.message && <p className="form-success">{state.message}</p>}
    </div>
  );
}
