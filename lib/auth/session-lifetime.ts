import { env } from "@/lib/env";

/** How long a session lasts: SESSION_MAX_HOURS after sign-in at most, and SESSION_IDLE_MINUTES without a request. */
export function sessionLifetime() {
  const { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } = env();
  return { idleMs: SESSION_IDLE_MINUTES * 60_000, maxMs: SESSION_MAX_HOURS * 3_600_000 };
}

// A session's last request is written at most this often, so a busy session costs one write a minute, not one per
// request; the idle timeout is therefore exact to within this much.
export const TOUCH_INTERVAL_MS = 60_000;
