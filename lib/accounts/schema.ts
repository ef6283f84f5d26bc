import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/accounts/password-rules";
import { joinCodeSchema } from "@/lib/classes/schema";
import { displayNameSchema, idSchema } from "@/lib/forms/fields";

// Browser-safe: shared by the account forms and their server actions.

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email is too long")
  .email("Enter a valid email address");

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters`);

const currentPassword = (message: string) => z.string().min(1, message).max(1024);

export const educatorSignUpSchema = z.object({ name: displayNameSchema, email: emailSchema, password: passwordSchema });
export const traineeJoinSchema = z.object({
  code: joinCodeSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
});
export const joinWithCodeSchema = z.object({ code: joinCodeSchema });

export const changePasswordSchema = z.object({
  currentPassword: currentPassword("Enter your current password"),
  newPassword: passwordSchema,
});
export const addEmailSchema = z.object({
  email: emailSchema,
  currentPassword: currentPassword("Enter your current password"),
});
export const deleteAccountSchema = z.object({ password: currentPassword("Enter your password to confirm") });

export const openSignUpInput = z.object({ open: z.enum(["true", "false"]) });
export const educatorEnabledInput = z.object({ userId: idSchema, enabled: z.enum(["true", "false"]) });
export const educatorInput = z.object({ userId: idSchema });

// Both answers are the same whether or not another account has the email, so neither form tells who has an account
// (docs/security.md, "Enumeration").
export const SIGNED_UP =
  "Your account is ready: sign in with your email and password. If this email already had an account, that account is unchanged: sign in with its password.";
export const emailSaved = (email: string) =>
  `Saved. Unless another account already uses ${email}, you can now sign in with it as well as your username.`;
