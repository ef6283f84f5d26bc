import "server-only";
import { EDUCATORS } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-cookie";
import { findMemberLiveSession, findOwnedLiveSession } from "@/lib/live/data";
import { NOT_YOUR_SESSION } from "@/lib/live/control-mutations";
import type { LivePhase } from "@/lib/live/schema";
import type { Audience } from "@/lib/live/types";

export type StreamAccess =
  { ok: true; audience: Audience; version: number; phase: LivePhase } | { ok: false; status: 403 | 404; error: string };

/**
 * Who may follow a session's events, and as which audience: the class's educator as presenter or control panel, a
 * member of the class who has joined as a trainee. Everyone else is told the session does not exist.
 */
export async function streamAccess(user: SessionUser, sessionId: string, view: string | null): Promise<StreamAccess> {
  if (EDUCATORS.includes(user.role)) {
    const owned = await findOwnedLiveSession(user.id, sessionId);
    if (!owned) return { ok: false, status: 404, error: NOT_YOUR_SESSION };
    return {
      ok: true,
      audience: view === "control" ? "control" : "presenter",
      version: owned.version,
      phase: owned.phase,
    };
  }
  const session = await findMemberLiveSession(user.id, sessionId);
  if (!session || session.classArchived) return { ok: false, status: 404, error: NOT_YOUR_SESSION };
  if (!session.participation) return { ok: false, status: 403, error: "Join the live session first." };
  return { ok: true, audience: "trainee", version: session.version, phase: session.phase };
}
