// The primary's part of cross-worker notifications (lib/realtime/cluster-notifier.ts): each message a worker sends
// that other workers must hear is passed on to every other worker. Shared by the production server (scripts/serve.ts)
// and the test that runs a real cluster, so the test exercises the relay the server uses.

/** Message types relayed: a worker publishing on a channel (a live session moving on). */
export const RELAYED_MESSAGES = new Set(["notifier:publish"]);

/** @param {import("node:cluster").Cluster} cluster */
export function relayBetweenWorkers(cluster) {
  cluster.on("message", (sender, message) => {
    if (!RELAYED_MESSAGES.has(message?.type)) return;
    for (const worker of Object.values(cluster.workers ?? {})) if (worker && worker !== sender) worker.send(message);
  });
}
