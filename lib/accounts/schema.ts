import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/password-policy";
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
  .max(256, "Use at most 256 characters");

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
export const addEmailSchema = z.object({ email: emailSchema });
export const deleteAccountSchema = z.object({ password: currentPassword("Enter your password to confirm") });

export const openSignUpInput = z.object({ open: z.enum(["true", "false"]) });
export const educatorEnabledInput = z.object({ userId: idSchema, enabled: z.enum(["true", "false"]) });
