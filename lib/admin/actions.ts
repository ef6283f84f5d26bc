"use server";

import { revalidatePath } from "next/cache";
import { setAccountEnabled, setOpenSignUp } from "@/lib/accounts/mutations";
import { educatorEnabledInput, openSignUpInput } from "@/lib/accounts/schema";
import { adminAction } from "@/lib/auth/action";
import type { ActionState } from "@/lib/forms/action-state";

const NO_SUCH_EDUCATOR = "No such educator.";

export const setOpenSignUpAction = adminAction
  .input(openSignUpInput)
  .handle(async ({ input }): Promise<ActionState> => {
    const open = input.open === "true";
    await setOpenSignUp(open);
    revalidatePath("/admin");
    return { ok: true, message: open ? "Educators can sign up." : "Educator sign-up is closed." };
  });

export const setEducatorEnabledAction = adminAction
  .input(educatorEnabledInput, NO_SUCH_EDUCATOR)
  .handle(async ({ input }): Promise<ActionState> => {
    const enabled = input.enabled === "true";
    if (!(await setAccountEnabled(input.userId, enabled))) return { error: NO_SUCH_EDUCATOR };
    revalidatePath("/admin");
    return { ok: true, message: enabled ? "Account enabled." : "Account disabled and signed out everywhere." };
  });
