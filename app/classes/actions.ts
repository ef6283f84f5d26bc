"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { classNameSchema, fieldErrors } from "@/lib/accounts/schema";
import { authorize, EDUCATORS } from "@/lib/auth/guards";
import { createClass, deleteClass, removeMember, rotateJoinCode, setArchived, setJoinCodeEnabled } from "@/lib/classes/mutations";
import type { ActionState } from "@/lib/forms/action-state";

const id = z.string().min(1).max(64);
const NOT_FOUND = "That class does not exist or is not yours.";

export async function createClassAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorize(EDUCATORS);
  if (!guard.ok) return { error: guard.error };
  const parsed = classNameSchema.safeParse({ name: formData.get("name") });
  if (!parsed.success) return { fields: fieldErrors(parsed.error) };
  const created = await createClass(guard.user.id, parsed.data.name);
  redirect(`/classes/${created.id}`);
}

// Each class change re-checks the role, and the mutation matches the class on its educator too.
async function classChange(formData: FormData, change: (educatorId: string, classId: string) => Promise<boolean>): Promise<ActionState> {
  const guard = await authorize(EDUCATORS);
  if (!guard.ok) return { error: guard.error };
  const classId = id.safeParse(formData.get("classId"));
  if (!classId.success || !(await change(guard.user.id, classId.data))) return { error: NOT_FOUND };
  revalidatePath(`/classes/${classId.data}`);
  revalidatePath("/classes");
  return { ok: true };
}

export async function rotateJoinCodeAction(_state: ActionState, formData: FormData) {
  const result = await classChange(formData, rotateJoinCode);
  return result.ok ? { ok: true, message: "The class has a new code; the old one no longer works." } : result;
}

export async function setJoinCodeEnabledAction(_state: ActionState, formData: FormData) {
  const enabled = formData.get("enabled") === "true";
  const result = await classChange(formData, (educatorId, classId) => setJoinCodeEnabled(educatorId, classId, enabled));
  return result.ok ? { ok: true, message: enabled ? "The code works again." : "The code is disabled: nobody can join." } : result;
}

export async function setArchivedAction(_state: ActionState, formData: FormData) {
  const archived = formData.get("archived") === "true";
  const result = await classChange(formData, (educatorId, classId) => setArchived(educatorId, classId, archived));
  return result.ok ? { ok: true, message: archived ? "The class is archived." : "The class is active again." } : result;
}

export async function removeMemberAction(_state: ActionState, formData: FormData) {
  const memberId = id.safeParse(formData.get("memberId"));
  if (!memberId.success) return { error: "That trainee is not in this class." };
  const result = await classChange(formData, (educatorId, classId) => removeMember(educatorId, classId, memberId.data));
  return result.ok ? { ok: true, message: "The trainee was removed from the class." } : { error: "That trainee is not in this class." };
}

export async function deleteClassAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const result = await classChange(formData, deleteClass);
  if (!result.ok) return result;
  redirect("/classes");
}
