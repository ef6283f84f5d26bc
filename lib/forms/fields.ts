import { z } from "zod";

// Browser-safe building blocks shared by every form's schema and its server action.

/** A database id as it arrives from a form, a path or a query string. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

// Control and invisible formatting characters can disguise a name (bidi overrides, zero-width joiners), and so can
// characters that draw nothing: the default-ignorable ones (Hangul fillers, variation selectors, invisible operators)
// and the blank braille pattern, which fonts draw as an empty cell.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2028\u2029\u2800]/u;
// A name must show something: a letter, digit, punctuation mark or symbol, not only spaces and combining marks.
const SHOWS_SOMETHING = /[\p{L}\p{N}\p{P}\p{S}]/u;
// Text and emoji presentation selectors only choose how the character before them is drawn ("✓️").
const PRESENTATION_SELECTORS = /[\uFE0E\uFE0F]/gu;

/** A short piece of text people read as a name: trimmed, bounded, nothing invisible, not blank. */
export function visibleText(max: number) {
  return z
    .string()
    .trim()
    .min(1, "Enter a name")
    .max(max, `Use at most ${max} characters`)
    .refine((v) => !INVISIBLE.test(v.replace(PRESENTATION_SELECTORS, "")), "Remove control or invisible characters")
    .refine((v) => SHOWS_SOMETHING.test(v), "Enter a name with letters or digits");
}

export const displayNameSchema = visibleText(60);

/** A list field: a form sends a repeated name once per value, once for a single value, or not at all for none. */
export function formList<T extends z.ZodArray>(list: T) {
  return z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), list);
}
