import { databaseEngine } from "@/lib/db/engine";
import { env } from "@/lib/env";
import { ClusterNotifier } from "@/lib/realtime/cluster-notifier";
import type { Notifier } from "@/lib/realtime/notifier";
import { createPostgresNotifier } from "@/lib/realtime/postgres-notifier";

// One notifier per process, shared by every server bundle Next.js builds (route handlers and pages load this module
// separately), so a publish in one reaches subscribers in all of them. On SQLite (one machine) the node:cluster
// primary relays between workers; on PostgreSQL, LISTEN/NOTIFY reaches every process of every instance.
const KEY = Symbol.for("defector-narratives.notifier");
const holder = globalThis as unknown as Record<symbol, Notifier | undefined>;

function createNotifier(): Notifier {
  const url = env().DATABASE_URL;
  if (databaseEngine(url) !== "postgres") return new ClusterNotifier();
  return createPostgresNotifier({
    url,
    onError: (error) => console.error(`Notifier connection: ${error.message}`),
  });
}

export function notifier(): Notifier {
  holder[KEY] ??= createNotifier();
  return holder[KEY];
}

export type { Notifier, Unsubscribe } from "@/lib/realtime/notifier";
