import type { ActionState } from "@/lib/forms/action-state";

export function FormStatus({ state }: { state: ActionState }) {
  const hasFields = Boolean(state.fields && Object.keys(state.fields).length > 0);
  return (
    <div aria-live="polite">
      {state.error && (
        // Without a field to point at, this message is where focus goes (useFocusFirstError).
        <p className="form-error" role="alert" tabIndex={-1} data-focus-on-error={hasFields ? undefined : true}>
          {state.error}
        </p>
      )}
      {state.message && <p className="form-success">{state.message}</p>}
    </div>
  );
}
