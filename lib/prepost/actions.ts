"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { educatorAction, traineeAction } from "@/lib/auth/action";
import { findOwnedClass } from "@/lib/classes/data";
import { NOT_YOUR_CLASS } from "@/lib/classes/schema";
import type { ActionState } from "@/lib/forms/action-state";
import { createPrePost, openPostTest, startPrePostForm } from "@/lib/prepost/mutations";
import {
  createPrePostSchema,
  NO_SUCH_PRE_POST,
  NOT_YOUR_PRE_POST,
  prePostInput,
  startPrePostInput,
} from "@/lib/prepost/schema";

const ownClass = <I extends { classId: string }>({ input, user }: { input: I; user: { id: string } }) =>
  findOwnedClass(user.id, input.classId);

export const createPrePostAction = educatorAction
  .input(createPrePostSchema)
  .owns(ownClass, NOT_YOUR_CLASS)
  .handle(async ({ input, owned }): Promise<ActionState> => {
    const result = await createPrePost(owned, input);
    if (!result.ok) return { error: result.error, fields: { [result.field]: result.error } };
    redirect(`/classes/${owned.id}?prepost=${result.prePostId}`);
  });

const OPEN_REFUSALS = {
  "not-found": NOT_YOUR_PRE_POST,
  "already-open": "The post-test is already open.",
  closed: "This assessment has closed.",
} as const;

export const openPostTestAction = educatorAction
  .input(prePostInput, NOT_YOUR_PRE_POST)
  .owns(ownClass, NOT_YOUR_CLASS)
  .handle(async ({ input, user, owned }): Promise<ActionState> => {
    const result = await openPostTest(user.id, owned.id, input.prePostId);
    if (!result.ok) return { error: OPEN_REFUSALS[result.reason] };
    revalidatePath(`/classes/${owned.id}`);
    return { ok: true, message: "The post-test is open, and the pre-test is closed." };
  });

export const startPrePostAction = traineeAction
  .input(startPrePostInput, NO_SUCH_PRE_POST)
  .handle(async ({ input, user }): Promise<ActionState> => {
    const result = await startPrePostForm(user.id, input.prePostId);
    if (!result.ok) return { error: result.error };
    redirect(`/practice/${result.attemptId}`);
  });
