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
  emailSaved,
  SIGNED_UP,
  addEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  educatorSignUpSchema,
  joinWithCodeSchema,
  traineeJoinSchema,
} from "@/lib/accounts/schema";
import type { JoinState } from "@/lib/accounts/types";
import { publicAction, signedInAction, traineeAction } from "@/lib/auth/action";
import { consume, refund, TooManyAttempts, type LimitKey } from "@/lib/auth/rate-limit-mutations";
import { requestAddress } from "@/lib/auth/request-address";
import { findJoinableClass } from "@/lib/classes/data";
import type { ActionState } from "@/lib/forms/action-state";
import { securityLog } from "@/lib/security/log";

/** Takes a point from these counters; the refusal message when one is used up, null otherwise. */
async function limited(keys: LimitKey[], action: string, userId?: string): Promise<string | null> {
  try {
    await consume(keys);
    return null;
  } catch (error) {
    if (!(error instanceof TooManyAttempts)) throw error;
    const address = keys.find((k) => k.scope === "address" || k.scope === "creation")?.subject;
    securityLog("rate-limited", { userId, address, action, retryAfterSeconds: Math.ceil(error.retryAfterSeconds) });
    return error.message;
  }
}

// Each new account costs a memory-hard hash for a caller nobody knows yet: so many per client address and hour.
const creationKey = (address: string): LimitKey => ({ scope: "creation", subject: address });

export const signUpEducatorAction = publicAction
  .input(educatorSignUpSchema)
  .handle(async ({ input }): Promise<ActionState> => {
    const values = { name: input.name, email: input.email };
    if (!(await isOpenSignUp()))
      return { error: "Sign-up for educators is closed. Ask an administrator for an account.", values };
    const weakness = passwordWeakness(input.password, [input.email, input.email.split("@")[0], input.name]);
    if (weakness) return { fields: { password: weakness }, values };
    const address = await requestAddress();
    const refusal = await limited([creationKey(address)], "signup");
    if (refusal) return { error: refusal, values };
    const result = await createEducator(input);
    if (result.ok) securityLog("account.created", { userId: result.userId, role: "EDUCATOR", address });
    else securityLog("signup.refused", { address, reason: "email-in-use" });
    return { ok: true, message: SIGNED_UP };
  });

const UNKNOWN_CODE = "No open class has this code. Check it with your educator.";

// Every code tried takes a point from the client address's counter, given back when the code is right, so codes
// cannot be guessed in bulk, nor in parallel.
async function classForCode(code: string, userId?: string): Promise<{ id: string; name: string } | { error: string }> {
  const address = await requestAddress();
  const key: LimitKey = { scope: "address", subject: address, purpose: "join" };
  const refusal = await limited([key], "join", userId);
  if (refusal) return { error: refusal };
  const found = await findJoinableClass(code);
  if (found) {
    await refund([key]);
    return found;
  }
  securityLog("join.refused", { userId, address, reason: "unknown-code" });
  return { error: UNKNOWN_CODE };
}

export const joinAsNewTraineeAction = publicAction
  .input(traineeJoinSchema)
  .handle(async ({ input }): Promise<JoinState> => {
    const values = { code: input.code, displayName: input.displayName };
    const weakness = passwordWeakness(input.password, [input.displayName]);
    if (weakness) return { fields: { password: weakness }, values };
    const found = await classForCode(input.code);
    if ("error" in found) return { fields: { code: found.error }, values };
    const address = await requestAddress();
    const refusal = await limited([creationKey(address)], "join-new");
    if (refusal) return { error: refusal, values };
    const { userId, username } = await createTraineeInClass({ classId: found.id, ...input });
    securityLog("account.created", { userId, role: "TRAINEE", address, classId: found.id });
    return { ok: true, username, className: found.name };
  });

export const joinWithCodeAction = traineeAction
  .input(joinWithCodeSchema)
  .handle(async ({ input, user }): Promise<JoinState> => {
    const found = await classForCode(input.code, user.id);
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

// Only trainees have an optional email (educators sign up with theirs, and the account page offers the form to
// trainees only). The current password is asked, so a borrowed session cannot take over the sign-in.
export const addEmailAction = traineeAction
  .input(addEmailSchema)
  .handle(async ({ input, user }): Promise<ActionState> => {
    const values = { email: input.email };
    const refusal = await limited([{ scope: "email", subject: user.id }], "change-email", user.id);
    if (refusal) return { error: refusal, values };
    const result = await setEmail(user.id, input.currentPassword, input.email);
    if (!result.ok) return { fields: { [result.field ?? "currentPassword"]: result.error }, values };
    return { ok: true, message: emailSaved(input.email) };
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
