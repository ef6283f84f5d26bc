"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/auth/action";
import { clearSessionCookies } from "@/lib/auth/cookies";
import { requestSessionClaims } from "@/lib/auth/session";
import { endSession } from "@/lib/auth/session-mutations";
import type { ActionState } from "@/lib/forms/action-state";
import { securityLog } from "@/lib/security/log";

const signOutInput = z.object({ to: z.enum(["/", "/signin"]).default("/") });

// Signing out ends the session on the server, so a copy of the cookie stops working too, then removes the cookie.
// Server actions check the request's origin, so another site cannot sign a user out.
export const signOutAction = publicAction.input(signOutInput).handle(async ({ input }): Promise<ActionState> => {
  const claims = await requestSessionClaims();
  if (claims) {
    await endSession(claims.sid);
    securityLog("signout", { userId: claims.sub });
  }
  clearSessionCookies(await cookies());
  redirect(input.to);
});
