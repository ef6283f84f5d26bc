import "server-only";
import type { PrismaClient } from "@prisma/client";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { findIdleSessionIds, findLiveRow, findOwnedLiveSession, type LiveRow } from "@/lib/live/data";
import { announceState } from "@/lib/live/events";
import { liveIdleMs } from "@/lib/live/idle";
import type { ControlInput } from "@/lib/live/schema";
import { applyCommand, settle, type LiveRefusal, type LiveState } from "@/lib/live/state-machine";

export type ControlResult =
  | { ok: true; version: number; phase: LiveState["phase"] }
  | LiveRefusal
  | { ok: false; reason: "not-found" | "stale"; message: string };

export const NOT_YOUR_SESSION = "No such live session in your classes.";
const STALE = "The session has changed since your screen was updated: check it and try again.";

/**
 * Writes the next state only if the session is still at `from.version`: a compare-and-set, so of two commands sent at
 * once (a double click, the presenter and the control panel) exactly one applies. Ending frees the PIN and completes
 * every trainee's attempt in the same transaction. Returns the new version, or null when the session had moved on.
 */
async function writeState(db: PrismaClient, from: LiveRow, next: LiveState, now: Date): Promise<number | null> {
  const ended = next.phase === "ENDED";
  const [updated] = await db.$transaction([
    db.liveSession.updateMany({
      where: { id: from.id, version: from.version },
      data: {
        phase: next.phase,
        position: next.position,
        timerEndsAt: next.timerEndsAt,
        timerRemainingMs: next.timerRemainingMs,
        openedAt: next.openedAt,
        lastActivityAt: next.lastActivityAt,
        endedAt: next.endedAt,
        version: { increment: 1 },
        ...(ended ? { activePin: null } : {}),
      },
    }),
    ...(ended
      ? [db.attempt.updateMany({ where: { liveSessionId: from.id, completedAt: null }, data: { completedAt: now } })]
      : []),
  ]);
  if (updated.count === 0) return null;
  const version = from.version + 1;
  await announceState(from.id, version);
  return version;
}

/** Applies the changes the clock makes by itself (a timer ran out, the session sat idle); returns the current row. */
export async function settleLiveSession(
  sessionId: string,
  now: Date = new Date(),
  idleMs: number = liveIdleMs(),
  db: PrismaClient = defaultClient,
): Promise<LiveRow | null> {
  const row = await findLiveRow(sessionId, db);
  if (!row) return null;
  const settled = settle(row, now, idleMs);
  if (settled === row) return row;
  // Whether this process or another one wrote the change, the row now holds it.
  await writeState(db, row, settled, now);
  return findLiveRow(sessionId, db);
}

/** Ends every session whose educator left it idle: run before dealing a PIN, so abandoned sessions free theirs. */
export async function expireIdleSessions(
  now: Date = new Date(),
  idleMs: number = liveIdleMs(),
  db: PrismaClient = defaultClient,
): Promise<number> {
  const ids = await findIdleSessionIds(new Date(now.getTime() - idleMs), db);
  for (const id of ids) await settleLiveSession(id, now, idleMs, db);
  return ids.length;
}

/** The class's educator moves the session on; anyone else, and every illegal transition, changes nothing. */
export async function controlLiveSession(
  educatorId: string,
  sessionId: string,
  input: ControlInput,
  now: Date = new Date(),
  idleMs: number = liveIdleMs(),
  db: PrismaClient = defaultClient,
): Promise<ControlResult> {
  const owned = await findOwnedLiveSession(educatorId, sessionId, db);
  if (!owned) return { ok: false, reason: "not-found", message: NOT_YOUR_SESSION };
  if (input.version !== undefined && input.version !== owned.version) {
    return { ok: false, reason: "stale", message: STALE };
  }
  const settled = settle(owned, now, idleMs);
  const transition = applyCommand(settled, input.command, now, input.seconds);
  if (!transition.ok) {
    // The clock's own change (an idle session ending, a timer running out) is kept even when the command is refused.
    if (settled !== owned) await writeState(db, owned, settled, now);
    return transition;
  }
  const version = await writeState(db, owned, transition.next, now);
  if (version === null) return { ok: false, reason: "stale", message: STALE };
  return { ok: true, version, phase: transition.next.phase };
}
