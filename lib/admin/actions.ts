"use server";

import { revalidatePath } from "next/cache";
import { endEducatorSessions, endEverySession, setAccountEnabled, setOpenSignUp } from "@/lib/accounts/mutations";
import { educatorEnabledInput, educatorInput, openSignUpInput } from "@/lib/accounts/schema";
import { adminAction } from "@/lib/auth/action";
import type { ActionState } from "@/lib/forms/action-state";
import { securityLog } from "@/lib/security/log";

const NO_SUCH_EDUCATOR = "No such educator.";

export const setOpenSignUpAction = adminAction
  .input(openSignUpInput)
  .handle(async ({ input, user }): Promise<ActionState> => {
    const open = input.open === "true";
    await setOpenSignUp(open);
    securityLog(open ? "signup.opened" : "signup.closed", { userId: user.id });
    revalidatePath("/admin");
    return { ok: true, message: open ? "Educators can sign up." : "Educator sign-up is closed." };
  });

export const setEducatorEnabledAction = adminAction
  .input(educatorEnabledInput, NO_SUCH_EDUCATOR)
  .handle(async ({ input, user }): Promise<ActionState> => {
    const enabled = input.enabled === "true";
    if (!(await setAccountEnabled(input.userId, enabled))) return { error: NO_SUCH_EDUCATOR };
    securityLog(enabled ? "account.enabled" : "account.disabled", { userId: user.id, targetId: input.userId });
    revalidatePath("/admin");
    return { ok: true, message: enabled ? "Account enabled." : "Account disabled and signed out everywhere." };
  });

export const endEducatorSessionsAction = adminAction
  .input(educatorInput, NO_SUCH_EDUCATOR)
  .handle(async ({ input, user }): Promise<ActionState> => {
    if (!(await endEducatorSessions(input.userId))) return { error: NO_SUCH_EDUCATOR };
    securityLog("sessions.ended", { userId: user.id, targetId: input.userId });
    return { ok: true, message: "Every session of this educator has ended." };
  });

// Everyone, this administrator included: after a suspected leak of cookies, or before maintenance.
export const endEverySessionAction = adminAction.handle(async ({ user }): Promise<ActionState> => {
  await endEverySession();
  securityLog("sessions.ended", { userId: user.id, reason: "everyone" });
  return { ok: true, message: "Every session has ended. Everyone, you included, signs in again." };
});
