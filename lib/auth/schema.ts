import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email").max(254, "That email is too long"),
  password: z.string().min(1, "Enter your password").max(1024, "That password is too long"),
});
export type SignInInput = z.infer<typeof signInSchema>;
