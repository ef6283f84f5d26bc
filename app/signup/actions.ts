"use server";

import { isOpenSignUp } from "@/lib/accounts/data";
import { createEducator } from "@/lib/accounts/mutations";
import { passwordWeakness } from "@/lib/accounts/password-policy";
import { educatorSignUpSchema, fieldErrors } from "@/lib/accounts/schema";
import type { ActionState } from "@/lib/forms/action-state";

export async function signUpEducatorAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  if (!(await isOpenSignUp())) return { error: "Sign-up for educators is closed. Ask an administrator for an account." };
  const parsed = educatorSignUpSchema.safeParse({ name: formData.get("name"), email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { fields: fieldErrors(parsed.error) };
  const weakness = passwordWeakness(parsed.data.password, [parsed.data.email, parsed.data.email.split("@")[0], parsed.data.name]);
  if (weakness) return { fields: { password: weakness } };
  const result = await createEducator(parsed.data);
  if (!result.ok) return { fields: { [result.field ?? "email"]: result.error } };
  return { ok: true };
}
