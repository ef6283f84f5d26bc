"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { authorize } from "@/lib/auth/guards";
import { startExerciseAttempt } from "@/lib/exercises/mutations";
import type { ActionState } from "@/lib/forms/action-state";

export async function startExerciseAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorize(["TRAINEE"]);
  if (!guard.ok) return { error: guard.error };
  const exerciseId = z.string().min(1).max(64).safeParse(formData.get("exerciseId"));
  if (!exerciseId.success) return { error: "No such exercise in your classes." };
  const result = await startExerciseAttempt(guard.user.id, exerciseId.data);
  if (!result.ok) return { error: result.error };
  redirect(`/practice/${result.attemptId}`);
}
