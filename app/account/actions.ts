"use server";

import { findAccount } from "@/lib/accounts/data";
import { changePassword, deleteAccount, endAllSessions, setEmail } from "@/lib/accounts/mutations";
import { passwordWeakness } from "@/lib/accounts/password-policy";
import { addEmailSchema, changePasswordSchema, deleteAccountSchema, fieldErrors } from "@/lib/accounts/schema";
import { authorize } from "@/lib/auth/guards";
import { ROLES } from "@/lib/auth/roles";
import type { ActionState } from "@/lib/forms/action-state";

export async function changePasswordAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorize(ROLES);
  if (!guard.ok) return { error: guard.error };
  const parsed = changePasswordSchema.safeParse({ currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") });
  if (!parsed.success) return { fields: fieldErrors(parsed.error) };
  const account = await findAccount(guard.user.id);
  const weakness = passwordWeakness(parsed.data.newPassword, [account?.email, account?.username, account?.displayName]);
  if (weakness) return { fields: { newPassword: weakness } };
  const result = await changePassword(guard.user.id, parsed.data.currentPassword, parsed.data.newPassword);
  if (!result.ok) return { fields: { [result.field ?? "currentPassword"]: result.error } };
  return { ok: true, message: "Password changed. Every session, this one included, has been signed out." };
}

export async function addEmailAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorize(ROLES);
  if (!guard.ok) return { error: guard.error };
  const parsed = addEmailSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { fields: fieldErrors(parsed.error) };
  const result = await setEmail(guard.user.id, parsed.data.email);
  if (!result.ok) return { fields: { email: result.error } };
  return { ok: true, message: `You can now also sign in with ${parsed.data.email}.` };
}

export async function signOutEverywhereAction(): Promise<ActionState> {
  const guard = await authorize(ROLES);
  if (!guard.ok) return { error: guard.error };
  await endAllSessions(guard.user.id);
  return { ok: true };
}

export async function deleteAccountAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorize(ROLES);
  if (!guard.ok) return { error: guard.error };
  const parsed = deleteAccountSchema.safeParse({ password: formData.get("password") });
  if (!parsed.success) return { fields: fieldErrors(parsed.error) };
  const result = await deleteAccount(guard.user.id, parsed.data.password);
  if (!result.ok) return { fields: { password: result.error } };
  return { ok: true };
}
