import { getSessionUser, requestSessionClaims } from "@/lib/auth/session";
import { jsonError } from "@/lib/http/responses";
import { eventsEndpoint } from "@/lib/live/events-endpoint";
import { liveHub } from "@/lib/live/hub-instance";
import { SSE_HEADERS } from "@/lib/live/sse";
import { liveEventStream } from "@/lib/live/stream";

export const dynamic = "force-dynamic";

// The session's server-sent events: a state snapshot on connect (unless the client already holds the current version)
// and after every change. The browser's EventSource reconnects by itself and sends Last-Event-ID. The production server
// serves this path itself (lib/http/fast-path.ts) through the same endpoint function.
export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const url = new URL(request.url);
  const decision = await eventsEndpoint({
    user: await getSessionUser(),
    claims: await requestSessionClaims(),
    sessionId: (await params).sessionId,
    view: url.searchParams.get("view"),
    lastEventId: request.headers.get("last-event-id"),
    since: url.searchParams.get("since"),
  });
  if (decision.kind === "refuse") return jsonError(decision.status, decision.error);
  if (decision.kind === "no-content") return new Response(null, { status: 204 });
  const { sessionId, audience, since, owner } = decision;
  return new Response(liveEventStream(liveHub(), sessionId, audience, since, owner), { headers: SSE_HEADERS });
}
