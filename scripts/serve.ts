// The production server: one Next.js request handler per CPU core, sharing the port through node:cluster, with the
// busiest request of a classroom served in front of Next.js (lib/http/fast-path.ts). SQLite in WAL mode takes writes
// from every process (the busy timeout queues them), the rate limits and sessions live in the database, and the
// primary relays notifications, so the workers need nothing else in common.
//
// Run as `node --conditions=react-server --import tsx scripts/serve.ts` (scripts/start.ts does): the fast path imports
// the app's own modules from lib/, which are server-only.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import next from "next";
import { setClientAddress } from "./lib/client-address.mjs";
import { relayBetweenWorkers } from "./lib/cluster-relay.mjs";
import { refuseRequestLine, strictTransportSecurity } from "./lib/request-line.mjs";

const port = Number(process.env.PORT ?? 3000);
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());
const hsts = strictTransportSecurity(process.env.NEXTAUTH_URL);
// How many reverse proxies in front append to X-Forwarded-For (README, docs/security.md); 0 believes none of it.
const trustedProxyHops = Math.max(0, Number(process.env.TRUSTED_PROXY_HOPS) || 0);

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  // The primary relays notifications between workers (lib/realtime/cluster-notifier.ts): a worker that ends a user's
  // sessions, or moves a live session on, tells its siblings.
  relayBetweenWorkers(cluster);
  // A worker that dies is replaced; requests it held are lost to their clients, who retry.
  cluster.on("exit", (worker, code, signal) => {
    if (signal !== "SIGTERM" && signal !== "SIGINT" && code !== 0) cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  console.log(`▲ Serving on http://localhost:${port} with ${workers} workers`);
} else {
  const app = next({ dev: false, dir: process.cwd(), port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Loaded once Next.js has set up its server runtime, so nothing the fast path imports can initialise the framework's
  // request context before Next.js does.
  const { serveFastPath } = await import("@/lib/http/fast-path");
  // A lone server process exits cleanly on a signal, so `node --cpu-prof` writes its profile.
  if (workers === 1) for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => process.exit(0));
  http
    .createServer((req, res) => {
      // HSTS on every response, static files included, when the public URL is https.
      if (hsts) res.setHeader("Strict-Transport-Security", hsts);
      // Requests Next.js would answer with an internal error; the rest of the checks are in proxy.ts.
      const refusal = refuseRequestLine(req.method, req.url);
      if (refusal) {
        res.writeHead(refusal.status, {
          "Content-Type": "text/plain; charset=utf-8",
          "X-Content-Type-Options": "nosniff",
          "Cache-Control": "no-store",
          ...(refusal.allow ? { Allow: refusal.allow } : {}),
        });
        res.end(`${refusal.error}\n`);
        return;
      }
      // The app reads the client address from X-Forwarded-For (rate limits, security log): set it here, where the
      // socket is known, over whatever the client sent.
      setClientAddress(req, trustedProxyHops);
      if (serveFastPath(req, res)) return;
      void handle(req, res);
    })
    // A classroom connects at once: a longer accept queue than Node's default 511 (the kernel caps it at somaxconn).
    .listen({ port, backlog: 4096 }, () => {
      if (workers === 1) console.log(`▲ Serving on http://localhost:${port}`);
    });
}
