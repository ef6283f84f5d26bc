// Browser-safe: what every form's server action returns to useActionState.
export interface ActionState {
  ok?: boolean;
  /** A message for the whole form. */
  error?: string;
  /** Messages by field name, shown next to each field. */
  fields?: Record<string, string>;
  /** What was typed, returned with a refusal so the form can show it again; never a password. */
  values?: Record<string, string>;
  /** A confirmation to announce after success. */
  message?: string;
}

export const initialActionState: ActionState = {};
