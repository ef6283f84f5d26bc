import "server-only";
import { settleLiveSession } from "@/lib/live/control-mutations";
import type { LiveFrames } from "@/lib/live/hub";
import { liveIdleMs } from "@/lib/live/idle";
import { buildSnapshot } from "@/lib/live/snapshot";
import { sseEvent } from "@/lib/live/sse";
import { nextDeadline } from "@/lib/live/state-machine";
import { AUDIENCES, type Audience, type LiveSnapshot } from "@/lib/live/types";
import { readLiveView } from "@/lib/live/view-data";

const encoder = new TextEncoder();

/** A snapshot as the server-sent event every screen listens for; its id is the state version clients resume from. */
export function stateEvent(snapshot: LiveSnapshot): string {
  return sseEvent("state", JSON.stringify(snapshot), snapshot.version);
}

/**
 * The session as every audience sees it now, read once and encoded once per audience. Changes the clock has made (a
 * timer that ran out, an idle session) are written first, so a frame never shows a state the database does not hold.
 */
export async function loadLiveFrames(sessionId: string): Promise<LiveFrames | null> {
  if (!(await settleLiveSession(sessionId))) return null;
  const data = await readLiveView(sessionId);
  if (!data) return null;
  const frames = Object.fromEntries(
    AUDIENCES.map((audience) => [audience, encoder.encode(stateEvent(buildSnapshot(data, audience)))]),
  ) as Record<Audience, Uint8Array>;
  return {
    version: data.row.version,
    ended: data.row.phase === "ENDED",
    frames,
    deadline: nextDeadline(data.row, liveIdleMs())?.getTime() ?? null,
  };
}

/** The session as one audience sees it now: the first state a page renders before its event stream takes over. */
export async function currentSnapshot(sessionId: string, audience: Audience): Promise<LiveSnapshot | null> {
  if (!(await settleLiveSession(sessionId))) return null;
  const data = await readLiveView(sessionId);
  return data ? buildSnapshot(data, audience) : null;
}
