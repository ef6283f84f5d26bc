// A real node:cluster of two workers for tests/integration/live-cluster.test.ts: the primary relays notifications
// between them with the production server's own relay, and prints the workers' ports once both listen.
import cluster from "node:cluster";
import path from "node:path";
import { relayBetweenWorkers } from "@/scripts/lib/cluster-relay.mjs";

const WORKERS = 2;

cluster.setupPrimary({
  exec: path.join(import.meta.dirname, "worker.ts"),
  execArgv: ["--conditions=react-server", "--import", "tsx"],
});
relayBetweenWorkers(cluster);

const listening: { port: number; pid: number }[] = [];
cluster.on("message", (_worker, message: { type?: string; port?: number; pid?: number }) => {
  if (message?.type !== "test:listening") return;
  listening.push({ port: message.port!, pid: message.pid! });
  if (listening.length === WORKERS) console.log(JSON.stringify({ workers: listening }));
});
for (let i = 0; i < WORKERS; i++) cluster.fork();

const stop = () => {
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
