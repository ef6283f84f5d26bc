"use server";

import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { startPractice } from "@/lib/practice/start-practice";

export interface StartPracticeState {
  error?: string;
}

export async function startPracticeAction(_state: StartPracticeState, formData: FormData): Promise<StartPracticeState> {
  const user = await getSessionUser();
  if (!user) redirect("/signin?callbackUrl=%2Fpractice");
  const result = await startPractice(user.id, formData.get("size"));
  if ("error" in result) return { error: result.error };
  redirect(`/practice/${result.attemptId}`);
}
