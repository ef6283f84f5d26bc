import "server-only";
import { findSessionState } from "@/lib/auth/data";

type SessionState = Awaited<ReturnType<typeof findSessionState>>;

// Every request checks the account behind its token (disabled? signed out everywhere?). A short-lived
// in-process cache keeps that check off the database on busy paths. A change evicts the entry at once in
// this process and, through the cluster primary (scripts/serve.mjs), in its sibling workers; a server on
// another machine sees it within the time to live.
export const SESSION_STATE_TTL_MS = 2000;
const MAX_ENTRIES = 50_000;
const cache = new Map<string, { state: SessionState; expires: number }>();

export async function sessionState(userId: string): Promise<SessionState> {
  const now = Date.now();
  const hit = cache.get(userId);
  if (hit && hit.expires > now) return hit.state;
  const state = await findSessionState(userId);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(userId, { state, expires: now + SESSION_STATE_TTL_MS });
  return state;
}

export const FORGET_MESSAGE = "session-state:forget";

export function forgetSessionState(userId: string): void {
  cache.delete(userId);
  process.send?.({ type: FORGET_MESSAGE, userId });
}

if (process.send) {
  process.on("message", (message: { type?: string; userId?: string }) => {
    if (message?.type === FORGET_MESSAGE && typeof message.userId === "string") cache.delete(message.userId);
  });
}
