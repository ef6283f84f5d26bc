"use server";

import { revalidatePath } from "next/cache";
import { createTraineeInClass, enrol } from "@/lib/accounts/mutations";
import { passwordWeakness } from "@/lib/accounts/password-policy";
import { fieldErrors, joinWithCodeSchema, traineeJoinSchema } from "@/lib/accounts/schema";
import { authorize } from "@/lib/auth/guards";
import { assertNotLimited, recordFailure, TooManyAttempts } from "@/lib/auth/rate-limit";
import { requestAddress } from "@/lib/auth/request-address";
import { findJoinableClass } from "@/lib/classes/data";
import type { ActionState } from "@/lib/forms/action-state";

export interface JoinState extends ActionState {
  username?: string;
  className?: string;
}

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

export async function joinAsNewTraineeAction(_state: JoinState, formData: FormData): Promise<JoinState> {
  const parsed = traineeJoinSchema.safeParse({
    code: formData.get("code"),
    displayName: formData.get("displayName"),
    password: formData.get("password"),
  });
  if (!parsed.success) return { fields: fieldErrors(parsed.error) };
  const weakness = passwordWeakness(parsed.data.password, [parsed.data.displayName]);
  if (weakness) return { fields: { password: weakness } };
  const found = await classForCode(parsed.data.code);
  if ("error" in found) return { fields: { code: found.error } };
  const { username } = await createTraineeInClass({ classId: found.id, ...parsed.data });
  return { ok: true, username, className: found.name };
}

export async function joinWithCodeAction(_state: JoinState, formData: FormData): Promise<JoinState> {
  const guard = await authorize(["TRAINEE"]);
  if (!guard.ok) return { error: guard.error };
  const parsed = joinWithCodeSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success) return { fields: fieldErrors(parsed.error) };
  const found = await classForCode(parsed.data.code);
  if ("error" in found) return { fields: { code: found.error } };
  const outcome = await enrol(guard.user.id, found.id);
  revalidatePath("/classes");
  return { ok: true, className: found.name, message: outcome === "joined" ? `You joined ${found.name}.` : `You are already in ${found.name}.` };
}
