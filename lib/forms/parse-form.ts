import type { z } from "zod";

export type FieldErrors = Record<string, string>;

/** The first message for each field, keyed by the field's top-level name. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}

/**
 * A form's text fields as a plain object: one value per name, or an array when the name repeats. Next.js's own
 * fields ($ACTION_…) and uploaded files are left out.
 */
export function formDataObject(data: FormData): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const key of new Set(data.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = data.getAll(key).filter((v): v is string => typeof v === "string");
    if (values.length > 0) object[key] = values.length === 1 ? values[0]! : values;
  }
  return object;
}
