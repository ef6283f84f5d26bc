import type { z } from "zod";

export type FieldErrors = Record<string, string>;

/** The first message for each field, keyed by the field's top-level name. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}

// Field names that would reach an object's prototype when assigned: a form has no business sending them.
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * A form's text fields as a plain object without a prototype: one value per name, or an array when the name repeats.
 * Next.js's own fields ($ACTION_…), uploaded files and prototype-reaching names are left out.
 */
export function formDataObject(data: FormData): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = Object.create(null);
  for (const key of new Set(data.keys())) {
    if (key.startsWith("$ACTION") || UNSAFE_KEYS.has(key)) continue;
    const values = data.getAll(key).filter((v): v is string => typeof v === "string");
    if (values.length > 0) object[key] = values.length === 1 ? values[0]! : values;
  }
  return object;
}
