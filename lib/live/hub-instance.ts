import "server-only";
import { EVICT_CHANNEL } from "@/lib/auth/session-cache";
import { settleLiveSession } from "@/lib/live/control-mutations";
import { liveChannel } from "@/lib/live/events";
import { loadLiveFrames } from "@/lib/live/frames";
import { LiveHub } from "@/lib/live/hub";
import { notifier } from "@/lib/realtime";

// One hub per process, shared by every server bundle Next.js builds (as the notifier is), so every stream of a session
// in this process hangs off one subscription.
const KEY = Symbol.for("defector-narratives.live-hub");
const holder = globalThis as unknown as Record<symbol, LiveHub | undefined>;

export function liveHub(): LiveHub {
  holder[KEY] ??= new LiveHub({
    notifier: notifier(),
    channel: liveChannel,
    load: loadLiveFrames,
    onDeadline: async (sessionId) => void (await settleLiveSession(sessionId)),
    evictChannel: EVICT_CHANNEL,
  });
  return holder[KEY];
}
