import "server-only";
import { findSessionState } from "@/lib/auth/data";

type SessionState = Awaited<ReturnType<typeof findSessionState>>;

// Every request checks the account behind its token (disabled? signed out everywhere?). A short-lived
// in-process cache keeps that check off the database on busy paths; changes made in this process evict
// their entry at once, and other processes see them within the time to live.
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

export function forgetSessionState(userId: string): void {
  cache.delete(userId);
}
