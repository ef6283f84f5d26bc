// One worker of the test cluster: the real notifier (relayed through the primary) and the real live hub, served by a
// bare node:http server (as scripts/serve.ts could serve the stream in front of Next.js). The caller is trusted: the
// routes' authorisation is tested elsewhere; this process exists to show events crossing processes.
import http from "node:http";
import { controlLiveSession } from "@/lib/live/control-mutations";
import { liveHub } from "@/lib/live/hub-instance";
import { LIVE_COMMANDS, type LiveCommand } from "@/lib/live/schema";
import { resumeVersion, SSE_HEADERS } from "@/lib/live/sse";
import { liveEventStream } from "@/lib/live/stream";
import { AUDIENCES, type Audience } from "@/lib/live/types";

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const sessionId = url.searchParams.get("session") ?? "";
  res.setHeader("X-Worker-Pid", String(process.pid));
  if (url.pathname === "/events") {
    const audience = url.searchParams.get("audience") as Audience;
    if (!AUDIENCES.includes(audience)) return void res.writeHead(400).end();
    res.writeHead(200, SSE_HEADERS);
    const since = resumeVersion(req.headers["last-event-id"] as string | undefined, url.searchParams.get("since"));
    const reader = liveEventStream(liveHub(), sessionId, audience, since).getReader();
    req.on("close", () => void reader.cancel());
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) break;
      res.write(value);
    }
    return void res.end();
  }
  if (url.pathname === "/control" && req.method === "POST") {
    const command = url.searchParams.get("command") as LiveCommand;
    if (!LIVE_COMMANDS.includes(command)) return void res.writeHead(400).end();
    const result = await controlLiveSession(url.searchParams.get("educator") ?? "", sessionId, { command });
    res.writeHead(result.ok ? 200 : 409, { "Content-Type": "application/json" });
    return void res.end(JSON.stringify(result));
  }
  res.writeHead(404).end();
});

// exclusive: a port of its own, not the port the cluster shares, so the test can address each worker.
server.listen({ port: 0, host: "127.0.0.1", exclusive: true }, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  process.send?.({ type: "test:listening", port, pid: process.pid });
});
