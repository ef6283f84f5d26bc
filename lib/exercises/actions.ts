"use server";

import { redirect } from "next/navigation";
import { educatorAction } from "@/lib/auth/action";
import { findOwnedClass } from "@/lib/classes/data";
import { NOT_YOUR_CLASS } from "@/lib/classes/schema";
import { createExercise } from "@/lib/exercises/mutations";
import { createExerciseSchema } from "@/lib/exercises/schema";
import type { ActionState } from "@/lib/forms/action-state";

const ARCHIVED_CLASS = "This class is archived. Make it active again to set exercises.";

export const createExerciseAction = educatorAction
  .input(createExerciseSchema)
  .owns(({ input, user }) => findOwnedClass(user.id, input.classId), NOT_YOUR_CLASS)
  .handle(async ({ input, owned }): Promise<ActionState> => {
    // An archived class takes no answers, so an exercise set in it could never be done.
    if (owned.archivedAt) return { error: ARCHIVED_CLASS };
    const result = await createExercise(owned, input);
    if (!result.ok) {
      const values = { title: input.title, mode: input.mode, attemptsAllowed: String(input.attemptsAllowed) };
      return { error: result.error, fields: { [result.field]: result.error }, values };
    }
    redirect(`/classes/${owned.id}?created=${result.exerciseId}`);
  });
