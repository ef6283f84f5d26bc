"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

// Sessions are JWTs in a cookie: signing out on this device removes it. Server actions check the
// request's origin, so another site cannot sign a user out.
export async function signOutAction(formData: FormData): Promise<void> {
  const store = await cookies();
  for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) store.delete(name);
  const to = formData.get("to");
  redirect(to === "/signin" ? "/signin" : "/");
}
