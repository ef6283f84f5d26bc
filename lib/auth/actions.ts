"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/auth/action";
import { SESSION_COOKIES } from "@/lib/auth/cookies";
import type { ActionState } from "@/lib/forms/action-state";

const signOutInput = z.object({ to: z.enum(["/", "/signin"]).default("/") });

// Signing out on this device removes the session cookie. Server actions check the request's origin, so another site
// cannot sign a user out.
export const signOutAction = publicAction.input(signOutInput).handle(async ({ input }): Promise<ActionState> => {
  const store = await cookies();
  for (const name of SESSION_COOKIES) store.delete(name);
  redirect(input.to);
});
