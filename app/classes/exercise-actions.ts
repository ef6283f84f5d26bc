"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrors } from "@/lib/accounts/schema";
import { authorize, EDUCATORS } from "@/lib/auth/guards";
import { createExercise } from "@/lib/exercises/mutations";
import { createExerciseSchema } from "@/lib/exercises/schema";
import type { ActionState } from "@/lib/forms/action-state";

export async function createExerciseAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorize(EDUCATORS);
  if (!guard.ok) return { error: guard.error };
  const classId = z.string().min(1).max(64).safeParse(formData.get("classId"));
  if (!classId.success) return { error: "That class does not exist or is not yours." };
  const parsed = createExerciseSchema.safeParse({
    title: formData.get("title"),
    scenarioIds: formData.getAll("scenarioIds"),
    mode: formData.get("mode"),
    opensAt: formData.get("opensAt"),
    closesAt: formData.get("closesAt"),
    attemptsAllowed: formData.get("attemptsAllowed"),
  });
  if (!parsed.success) return { error: "Check the highlighted fields.", fields: fieldErrors(parsed.error) };
  const result = await createExercise(guard.user.id, classId.data, parsed.data);
  if (!result.ok) return { error: result.error, fields: result.field ? { [result.field]: result.error } : undefined };
  redirect(`/classes/${classId.data}?created=${result.exerciseId}`);
}
