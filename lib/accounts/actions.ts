"use server";

import { revalidatePath } from "next/cache";
import { findAccount, isOpenSignUp } from "@/lib/accounts/data";
import {
  changePassword,
  createEducator,
  createTraineeInClass,
  deleteAccount,
  endAllSessions,
  enrol,
  setEmail,
} from "@/lib/accounts/mutations";
import { passwordWeakness } from "@/lib/accounts/password-policy";
import {
  addEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  educatorSignUpSchema,
  joinWithCodeSchema,
  traineeJoinSchema,
} from "@/lib/accounts/schema";
import type { JoinState } from "@/lib/accounts/types";
import { publicAction, signedInAction, traineeAction } from "@/lib/auth/action";
import { assertNotLimited, recordFailure, TooManyAttempts } from "@/lib/auth/rate-limit-data";
import { requestAddress } from "@/lib/auth/request-address";
import { findJoinableClass } from "@/lib/classes/data";
import type { ActionState } from "@/lib/forms/action-state";

export const signUpEducatorAction = publicAction
  .input(educatorSignUpSchema)
  .handle(async ({ input }): Promise<ActionState> => {
    if (!(await isOpenSignUp()))
      return { error: "Sign-up for educators is closed. Ask an administrator for an account." };
    const weakness = passwordWeakness(input.password, [input.email, input.email.split("@")[0], input.name]);
    if (weakness) return { fields: { password: weakness }, values: { name: input.name, email: input.email } };
    const result = await createEducator(input);
    if (!result.ok)
      return { fields: { [result.field ?? "email"]: result.error }, values: { name: input.name, email: input.email } };
    return { ok: true };
  });

const UNKNOWN_CODE = "No open class has this code. Check it with your educator.";

// Wrong codes count as failures per client address, so codes cannot be guessed in bulk.
async function classForCode(code: string): Promise<{ id: string; name: string } | { error: string }> {
  const address = await requestAddress();
  try {
    await assertNotLimited("join", null, address);
  } catch (error) {
    if (error instanceof TooManyAttempts) return { error: error.message };
    throw error;
  }
  const found = await findJoinableClass(code);
  if (!found) await recordFailure("join", null, address);
  return found ?? { error: UNKNOWN_CODE };
}

export const joinAsNewTraineeAction = publicAction
  .input(traineeJoinSchema)
  .handle(async ({ input }): Promise<JoinState> => {
    const values = { code: input.code, displayName: input.displayName };
    const weakness = passwordWeakness(input.password, [input.displayName]);
    if (weakness) return { fields: { password: weakness }, values };
    const found = await classForCode(input.code);
    if ("error" in found) return { fields: { code: found.error }, values };
    const { username } = await createTraineeInClass({ classId: found.id, ...input });
    return { ok: true, username, className: found.name };
  });

export const joinWithCodeAction = traineeAction
  .input(joinWithCodeSchema)
  .handle(async ({ input, user }): Promise<JoinState> => {
    const found = await classForCode(input.code);
    if ("error" in found) return { fields: { code: found.error }, values: { code: input.code } };
    const outcome = await enrol(user.id, found.id);
    revalidatePath("/classes");
    return {
      ok: true,
      className: found.name,
      message: outcome === "joined" ? `You joined ${found.name}.` : `You are already in ${found.name}.`,
    };
  });

export const changePasswordAction = signedInAction
  .input(changePasswordSchema)
  .handle(async ({ input, user }): Promise<ActionState> => {
    const account = await findAccount(user.id);
    const weakness = passwordWeakness(input.newPassword, [account?.email, account?.username, account?.displayName]);
    if (weakness) return { fields: { newPassword: weakness } };
    const result = await changePassword(user.id, input.currentPassword, input.newPassword);
    if (!result.ok) return { fields: { [result.field ?? "currentPassword"]: result.error } };
    return { ok: true, message: "Password changed. Every session, this one included, has been signed out." };
  });

export const addEmailAction = signedInAction
  .input(addEmailSchema)
  .handle(async ({ input, user }): Promise<ActionState> => {
    const result = await setEmail(user.id, input.email);
    if (!result.ok) return { fields: { email: result.error }, values: { email: input.email } };
    return { ok: true, message: `You can now also sign in with ${input.email}.` };
  });

export const signOutEverywhereAction = signedInAction.handle(async ({ user }): Promise<ActionState> => {
  await endAllSessions(user.id);
  return { ok: true };
});

export const deleteAccountAction = signedInAction
  .input(deleteAccountSchema)
  .handle(async ({ input, user }): Promise<ActionState> => {
    const result = await deleteAccount(user.id, input.password);
    if (!result.ok) return { fields: { password: result.error } };
    return { ok: true };
  });
