import { env } from "@/lib/env";

/** How long a live session may go without a change by its educator before it ends by itself (LIVE_IDLE_MINUTES). */
export function liveIdleMs(): number {
  return env().LIVE_IDLE_MINUTES * 60_000;
}
