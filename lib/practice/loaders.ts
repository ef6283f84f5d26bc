import "server-only";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/loaders";
import { findAttemptForUser } from "@/lib/practice/data";

/** For the practice page: the signed-in trainee's own attempt; anyone else's, or an unknown id, is "Not found". */
export async function loadOwnAttempt(attemptId: string) {
  const user = await requireUser(`/practice/${encodeURIComponent(attemptId)}`);
  const attempt = await findAttemptForUser(attemptId, user.id);
  if (!attempt) notFound();
  // A place in a live session is answered at the session's pace, on its own page.
  if (attempt.liveSessionId) redirect(`/live/${attempt.liveSessionId}`);
  return { user, attempt };
}
