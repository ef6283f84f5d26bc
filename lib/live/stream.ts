import type { HubClient, LiveHub } from "@/lib/live/hub";
import { sseOpening } from "@/lib/live/sse";
import type { Audience } from "@/lib/live/types";

// A client's event stream as a web ReadableStream, for a route handler; a node:http server would wrap res.write the
// same way. A client whose unsent bytes pass this bound is dropped: it reconnects and gets the latest state at once,
// instead of the server buffering every frame it missed.
export const MAX_QUEUED_BYTES = 128 * 1024;

const encoder = new TextEncoder();

export function liveEventStream(
  hub: LiveHub,
  sessionId: string,
  audience: Audience,
  since: number | null,
  owner?: HubClient["owner"],
): ReadableStream<Uint8Array> {
  let client: HubClient | null = null;
  let open = true;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        client = {
          audience,
          owner,
          send(bytes) {
            if (!open) return false;
            if ((controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) return false;
            controller.enqueue(bytes);
            return true;
          },
          close() {
            if (!open) return;
            open = false;
            hub.detach(sessionId, client!);
            controller.close();
          },
        };
        controller.enqueue(encoder.encode(sseOpening()));
        void hub.attach(sessionId, client, since).then((frames) => {
          if (!frames) client!.close();
        });
      },
      cancel() {
        // The browser went away (closed, reloaded, lost the network): forget it.
        open = false;
        if (client) hub.detach(sessionId, client);
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 16 * 1024 }),
  );
}
