import { z } from "zod";

// Browser-safe building blocks shared by every form's schema and its server action.

/** A database id as it arrives from a form, a path or a query string. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

// Control and invisible formatting characters can disguise a name (bidi overrides, zero-width joiners).
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** A short piece of text people read as a name: trimmed, bounded, nothing invisible. */
export function visibleText(max: number) {
  return z
    .string()
    .trim()
    .min(1, "Enter a name")
    .max(max, `Use at most ${max} characters`)
    .refine((v) => !INVISIBLE.test(v), "Remove control or invisible characters");
}

export const displayNameSchema = visibleText(60);

/** A list field: a form sends a repeated name once per value, once for a single value, or not at all for none. */
export function formList<T extends z.ZodArray>(list: T) {
  return z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), list);
}
