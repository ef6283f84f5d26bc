import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/password-policy";

// Browser-safe: shared by the forms and the server actions.
// Control and invisible formatting characters can disguise a name (bidi overrides, zero-width joiners).
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, "Enter a name")
  .max(60, "Use at most 60 characters")
  .refine((v) => !INVISIBLE.test(v), "Remove control or invisible characters");

export const emailSchema = z.string().trim().toLowerCase().max(254, "That email is too long").email("Enter a valid email address");

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, "Use at most 256 characters");

export const educatorSignUpSchema = z.object({ name: displayNameSchema, email: emailSchema, password: passwordSchema });

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const joinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((v) => v.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`), "A class code has 8 letters and digits"));

export const traineeJoinSchema = z.object({ code: joinCodeSchema, displayName: displayNameSchema, password: passwordSchema });
export const joinWithCodeSchema = z.object({ code: joinCodeSchema });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(1024),
  newPassword: passwordSchema,
});

export const addEmailSchema = z.object({ email: emailSchema });
export const deleteAccountSchema = z.object({ password: z.string().min(1, "Enter your password to confirm").max(1024) });

export const classNameSchema = z.object({ name: displayNameSchema.pipe(z.string().max(80)) });

export type FieldErrors = Record<string, string>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}
