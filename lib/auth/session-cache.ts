import "server-only";
import type { SessionWithUser } from "@/lib/auth/session-data";
import { notifier } from "@/lib/realtime";

/**
 * Every request checks its session and account. This per-process cache keeps that check off the database on busy
 * paths (the answer endpoint). It lives on globalThis because Next.js loads this module once per server bundle (pages,
 * route handlers, actions): a cache per bundle let a revoked session through on some routes until it expired.
 *
 * A change evicts at once: the process making it publishes on the notifier, and every subscriber (this process, its
 * sibling node:cluster workers, and other instances once the notifier spans them) drops the entries. The time to live
 * only bounds how long a change made outside the app (by hand in the database) takes to be seen.
 */
export const CACHE_TTL_MS = 60_000;
const MAX_ENTRIES = 50_000;
export const EVICT_CHANNEL = "auth:evict";

export interface CachedSession {
  session: SessionWithUser | null;
  loadedAt: number;
}

interface CacheState {
  entries: Map<string, CachedSession>;
  /** Moves on with every eviction, so a read that raced an eviction is not stored. */
  epoch: number;
  subscribed: boolean;
}

const KEY = Symbol.for("defector-narratives.session-cache");
const holder = globalThis as unknown as Record<symbol, CacheState | undefined>;

function state(): CacheState {
  const current = (holder[KEY] ??= { entries: new Map(), epoch: 0, subscribed: false });
  if (!current.subscribed) {
    current.subscribed = true;
    notifier().subscribe(EVICT_CHANNEL, (payload) => applyEviction(payload));
  }
  return current;
}

type Eviction = { session: string } | { user: string } | { everyone: true };

function applyEviction(payload: string): void {
  let eviction: Eviction;
  try {
    eviction = JSON.parse(payload) as Eviction;
  } catch {
    return;
  }
  const cache = state();
  cache.epoch++;
  if ("everyone" in eviction) {
    cache.entries.clear();
    return;
  }
  if ("session" in eviction) {
    cache.entries.delete(eviction.session);
    return;
  }
  for (const [id, entry] of cache.entries) {
    if (entry.session?.userId === eviction.user) cache.entries.delete(id);
  }
}

export function cachedSession(sessionId: string, now: number): CachedSession | undefined {
  const entry = state().entries.get(sessionId);
  return entry && now - entry.loadedAt < CACHE_TTL_MS ? entry : undefined;
}

/** Loads through `read` and keeps the result, unless an eviction happened while it was read. */
export async function loadSession(
  sessionId: string,
  now: number,
  read: (sessionId: string) => Promise<SessionWithUser | null>,
): Promise<CachedSession> {
  const cache = state();
  const epoch = cache.epoch;
  const entry = { session: await read(sessionId), loadedAt: now };
  if (cache.epoch === epoch) {
    if (cache.entries.size >= MAX_ENTRIES) cache.entries.clear();
    cache.entries.set(sessionId, entry);
  }
  return entry;
}

/**
 * Evicts here at once (a notifier may deliver even to its own process only later, as PostgreSQL's does), then tells
 * every other process. A notifier that cannot publish is logged, not thrown: the change is already in the database,
 * and other processes see it within the time to live.
 */
async function evict(eviction: Eviction): Promise<void> {
  const payload = JSON.stringify(eviction);
  applyEviction(payload);
  try {
    await notifier().publish(EVICT_CHANNEL, payload);
  } catch (error) {
    console.error(`Could not publish a session eviction: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export const evictSession = (sessionId: string) => evict({ session: sessionId });
export const evictUser = (userId: string) => evict({ user: userId });
export const evictEveryone = () => evict({ everyone: true });
