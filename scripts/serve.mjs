// The production server: one Next.js request handler per CPU core, sharing the port through node:cluster.
// SQLite in WAL mode takes writes from every process (the busy timeout queues them), and the rate limits
// live in the database, so the workers need nothing else in common.
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
  // The primary relays notifications between workers (lib/realtime/cluster-notifier.ts): a worker that moves a live
  // session on tells its siblings.
  relayBetweenWorkers(cluster);
  // A worker that dies is replaced; requests it held are lost to their clients, who retry.
  cluster.on("exit", (worker, code, signal) => {
    if (signal !== "SIGTERM" && signal !== "SIGINT" && code !== 0) cluster.fork();
  });
  const stop = (signal) => {
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
      void handle(req, res);
    })
    .listen(port, () => {
      if (workers === 1) console.log(`▲ Serving on http://localhost:${port}`);
    });
}
