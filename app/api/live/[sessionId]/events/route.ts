import { getSessionUser, requestSessionClaims } from "@/lib/auth/session";
import { jsonError } from "@/lib/http/responses";
import { streamAccess } from "@/lib/live/access";
import { liveHub } from "@/lib/live/hub-instance";
import { resumeVersion, SSE_HEADERS } from "@/lib/live/sse";
import { liveEventStream } from "@/lib/live/stream";

export const dynamic = "force-dynamic";

// The session's server-sent events: a state snapshot on connect (unless the client already holds the current version)
// and after every change. The browser's EventSource reconnects by itself and sends Last-Event-ID.
export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const user = await getSessionUser();
  const claims = await requestSessionClaims();
  if (!user || !claims) return jsonError(401, "Sign in to follow the live session.");
  const { sessionId } = await params;
  const url = new URL(request.url);
  const access = await streamAccess(user, sessionId, url.searchParams.get("view"));
  if (!access.ok) return jsonError(access.status, access.error);
  const since = resumeVersion(request.headers.get("last-event-id"), url.searchParams.get("since"));
  // An ended session the client has already seen end: 204 tells EventSource to stop reconnecting.
  if (access.phase === "ENDED" && since !== null && since >= access.version) return new Response(null, { status: 204 });
  // The stream ends as soon as this sign-in is revoked (sign-out, password change, disabled account); the browser's
  // reconnection then meets the check above.
  const owner = { userId: user.id, authSessionId: claims.sid };
  return new Response(liveEventStream(liveHub(), sessionId, access.audience, since, owner), { headers: SSE_HEADERS });
}
