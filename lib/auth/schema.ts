import { z } from "zod";

export const signInSchema = z.object({
  login: z.string().trim().min(1, "Enter your email or username").max(254, "That is too long for an email or username"),
  password: z.string().min(1, "Enter your password").max(1024, "That password is too long"),
});
