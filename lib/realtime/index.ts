import { ClusterNotifier } from "@/lib/realtime/cluster-notifier";
import type { Notifier } from "@/lib/realtime/notifier";

// One notifier per process, shared by every server bundle Next.js builds (route handlers and pages load this module
// separately), so a publish in one reaches subscribers in all of them.
const KEY = Symbol.for("defector-narratives.notifier");
const holder = globalThis as unknown as Record<symbol, Notifier | undefined>;

export function notifier(): Notifier {
  holder[KEY] ??= new ClusterNotifier();
  return holder[KEY];
}

export type { Notifier, Unsubscribe } from "@/lib/realtime/notifier";
