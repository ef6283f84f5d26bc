"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { educatorAction } from "@/lib/auth/action";
import { findOwnedClass } from "@/lib/classes/data";
import {
  createClass,
  deleteClass,
  removeMember,
  rotateJoinCode,
  setArchived,
  setContentExclusions,
  setJoinCodeEnabled,
} from "@/lib/classes/mutations";
import {
  archivedInput,
  classIdInput,
  classNameSchema,
  contentExclusionsInput,
  joinCodeEnabledInput,
  NOT_YOUR_CLASS,
  removeMemberInput,
} from "@/lib/classes/schema";
import { CONTENT_WARNING_LABELS } from "@/lib/domain/content-warnings";
import type { ActionState } from "@/lib/forms/action-state";

// Each change is checked twice: the chain finds the class as the educator's own, and the mutation matches the class on
// its educator too.
const ownClass = <I extends { classId: string }>({ input, user }: { input: I; user: { id: string } }) =>
  findOwnedClass(user.id, input.classId);

function refreshClass(classId: string) {
  revalidatePath(`/classes/${classId}`);
  revalidatePath("/classes");
}

export const createClassAction = educatorAction
  .input(classNameSchema)
  .handle(async ({ input, user }): Promise<ActionState> => {
    const created = await createClass(user.id, input.name);
    redirect(`/classes/${created.id}`);
  });

export const rotateJoinCodeAction = educatorAction
  .input(classIdInput, NOT_YOUR_CLASS)
  .owns(ownClass, NOT_YOUR_CLASS)
  .handle(async ({ user, owned }): Promise<ActionState> => {
    if (!(await rotateJoinCode(user.id, owned.id))) return { error: NOT_YOUR_CLASS };
    refreshClass(owned.id);
    return { ok: true, message: "The class has a new code; the old one no longer works." };
  });

export const setJoinCodeEnabledAction = educatorAction
  .input(joinCodeEnabledInput, NOT_YOUR_CLASS)
  .owns(ownClass, NOT_YOUR_CLASS)
  .handle(async ({ input, user, owned }): Promise<ActionState> => {
    const enabled = input.enabled === "true";
    if (!(await setJoinCodeEnabled(user.id, owned.id, enabled))) return { error: NOT_YOUR_CLASS };
    refreshClass(owned.id);
    return { ok: true, message: enabled ? "The code works again." : "The code is disabled: nobody can join." };
  });

export const setArchivedAction = educatorAction
  .input(archivedInput, NOT_YOUR_CLASS)
  .owns(ownClass, NOT_YOUR_CLASS)
  .handle(async ({ input, user, owned }): Promise<ActionState> => {
    const archived = input.archived === "true";
    if (!(await setArchived(user.id, owned.id, archived))) return { error: NOT_YOUR_CLASS };
    refreshClass(owned.id);
    return { ok: true, message: archived ? "The class is archived." : "The class is active again." };
  });

const NOT_A_MEMBER = "That trainee is not in this class.";

export const removeMemberAction = educatorAction
  .input(removeMemberInput, NOT_A_MEMBER)
  .owns(ownClass, NOT_YOUR_CLASS)
  .handle(async ({ input, user, owned }): Promise<ActionState> => {
    if (!(await removeMember(user.id, owned.id, input.memberId))) return { error: NOT_A_MEMBER };
    refreshClass(owned.id);
    return { ok: true, message: "The trainee was removed from the class." };
  });

export const deleteClassAction = educatorAction
  .input(classIdInput, NOT_YOUR_CLASS)
  .owns(ownClass, NOT_YOUR_CLASS)
  .handle(async ({ user, owned }): Promise<ActionState> => {
    if (!(await deleteClass(user.id, owned.id))) return { error: NOT_YOUR_CLASS };
    revalidatePath("/classes");
    redirect("/classes");
  });

export const setContentExclusionsAction = educatorAction
  .input(contentExclusionsInput)
  .owns(ownClass, NOT_YOUR_CLASS)
  .handle(async ({ input, user, owned }): Promise<ActionState> => {
    if (!(await setContentExclusions(user.id, owned.id, input.warnings))) return { error: NOT_YOUR_CLASS };
    refreshClass(owned.id);
    const names = input.warnings.map((w) => CONTENT_WARNING_LABELS[w].toLowerCase());
    return {
      ok: true,
      message:
        names.length === 0
          ? "Saved: no scenario is left out for this class."
          : `Saved: scenarios with content notes on ${names.join(", ")} are left out for this class.`,
    };
  });
