// Browser-safe: the two parallel forms of a pre/post assessment.
export const FORM_NAMES = ["A", "B"] as const;
export type FormName = (typeof FORM_NAMES)[number];

export function isFormName(value: unknown): value is FormName {
  return value === "A" || value === "B";
}

export const otherForm = (form: FormName): FormName => (form === "A" ? "B" : "A");

/** The fewest scenarios a form may hold: one of each narrative. */
export const MIN_FORM_SIZE = 4;
