import "server-only";
import { notFound } from "next/navigation";
import { EDUCATORS, TRAINEES } from "@/lib/auth/guards";
import { requireRole } from "@/lib/auth/loaders";
import { findMemberLiveSession, findOwnedLiveSession } from "@/lib/live/data";
import { currentSnapshot } from "@/lib/live/frames";

// For the live pages: the session is checked to be the signed-in person's (their class's, or a class they are in)
// before anything of it is read; anyone else, and an unknown id, sees "Not found".

/** The presenter view or the control panel: the class's educator only. */
export async function loadEducatorLive(sessionId: string, view: "presenter" | "control") {
  const path = `/live/${encodeURIComponent(sessionId)}/${view === "presenter" ? "present" : "control"}`;
  const user = await requireRole(EDUCATORS, path);
  const owned = await findOwnedLiveSession(user.id, sessionId);
  if (!owned) notFound();
  const snapshot = await currentSnapshot(sessionId, view);
  if (!snapshot) notFound();
  return { session: owned, snapshot };
}

/** The trainee view: members of the session's class only, with their own place in it (null until they join). */
export async function loadTraineeLive(sessionId: string) {
  const user = await requireRole(TRAINEES, `/live/${encodeURIComponent(sessionId)}`);
  const session = await findMemberLiveSession(user.id, sessionId);
  if (!session || session.classArchived) notFound();
  const snapshot = await currentSnapshot(sessionId, "trainee");
  if (!snapshot) notFound();
  return { session, snapshot };
}
