"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setAccountEnabled, setOpenSignUp } from "@/lib/accounts/mutations";
import { ADMINS, authorize } from "@/lib/auth/guards";
import type { ActionState } from "@/lib/forms/action-state";

export async function setOpenSignUpAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorize(ADMINS);
  if (!guard.ok) return { error: guard.error };
  const open = formData.get("open") === "true";
  await setOpenSignUp(open);
  revalidatePath("/admin");
  return { ok: true, message: open ? "Educators can sign up." : "Educator sign-up is closed." };
}

export async function setEducatorEnabledAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorize(ADMINS);
  if (!guard.ok) return { error: guard.error };
  const userId = z.string().min(1).max(64).safeParse(formData.get("userId"));
  const enabled = formData.get("enabled") === "true";
  if (!userId.success || !(await setAccountEnabled(userId.data, enabled))) return { error: "No such educator." };
  revalidatePath("/admin");
  return { ok: true, message: enabled ? "Account enabled." : "Account disabled and signed out everywhere." };
}
