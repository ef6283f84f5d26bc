import type { IncomingMessage, ServerResponse } from "node:http";
import type { HubClient, LiveHub } from "@/lib/live/hub";
import { sseOpening } from "@/lib/live/sse";
import { MAX_QUEUED_BYTES } from "@/lib/live/stream";
import type { Audience } from "@/lib/live/types";

// A client's event stream written straight to a node:http response, for the production server's own handler: the same
// hub, frames and back-pressure bound as the web stream of the route handler (lib/live/stream.ts), with nothing per
// connection but the socket, its write buffer and this closure.

export function followOnResponse(
  req: IncomingMessage,
  res: ServerResponse,
  hub: LiveHub,
  sessionId: string,
  audience: Audience,
  since: number | null,
  owner: HubClient["owner"],
): void {
  let open = true;
  const client: HubClient = {
    audience,
    owner,
    send(bytes) {
      if (!open) return false;
      // A client this far behind is dropped; it reconnects and gets the latest state at once.
      if (res.writableLength > MAX_QUEUED_BYTES) return false;
      res.write(bytes);
      return true;
    },
    close() {
      if (!open) return;
      open = false;
      hub.detach(sessionId, client);
      res.end();
    },
  };
  // The browser went away (closed, reloaded, lost the network): forget it.
  req.on("close", () => {
    if (!open) return;
    open = false;
    hub.detach(sessionId, client);
  });
  res.write(sseOpening());
  void hub.attach(sessionId, client, since).then((frames) => {
    if (!frames) client.close();
  });
}
