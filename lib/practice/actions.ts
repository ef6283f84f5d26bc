"use server";

import { redirect } from "next/navigation";
import { signedInAction, traineeAction } from "@/lib/auth/action";
import type { ActionState } from "@/lib/forms/action-state";
import { findMistakes } from "@/lib/practice/data";
import { practiseMistakes, startExerciseAttempt, startPractice } from "@/lib/practice/mutations";
import { attemptIdInput, startExerciseInput, startPracticeSchema } from "@/lib/practice/schema";

export const startPracticeAction = signedInAction
  .input(startPracticeSchema, "Choose a session length from the list")
  .handle(async ({ input, user }): Promise<ActionState> => {
    const result = await startPractice(user.id, input.size);
    if (!result.ok) return { error: result.error };
    redirect(`/practice/${result.attemptId}`);
  });

const NO_SUCH_EXERCISE = "No such exercise in your classes.";

export const startExerciseAction = traineeAction
  .input(startExerciseInput, NO_SUCH_EXERCISE)
  .handle(async ({ input, user }): Promise<ActionState> => {
    const result = await startExerciseAttempt(user.id, input.exerciseId);
    if (!result.ok) return { error: result.error };
    redirect(`/practice/${result.attemptId}`);
  });

const NO_SUCH_SESSION = "No such session of yours.";

/** A new free practice session of the scenarios not fully right in one of the user's finished sessions. */
export const practiseMistakesAction = signedInAction
  .input(attemptIdInput, NO_SUCH_SESSION)
  .owns(({ input, user }) => findMistakes(user.id, input.attemptId), NO_SUCH_SESSION)
  .handle(async ({ user, owned }): Promise<ActionState> => {
    const result = await practiseMistakes(user.id, owned.slugs);
    if (!result.ok) return { error: result.error };
    redirect(`/practice/${result.attemptId}`);
  });
