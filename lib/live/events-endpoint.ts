import "server-only";
import type { SessionUser } from "@/lib/auth/session-cookie";
import type { SessionClaims } from "@/lib/auth/session-check";
import { streamAccess } from "@/lib/live/access";
import type { HubClient } from "@/lib/live/hub";
import { resumeVersion } from "@/lib/live/sse";
import type { Audience } from "@/lib/live/types";

// GET /api/live/<sessionId>/events as one function of what both of its transports read from the request: the Next.js
// route handler and the production server's own handler (lib/http/fast-path.ts), which holds thousands of these
// streams open without the framework's per-request objects. Every rule lives here or below.

export interface EventsRequest {
  user: SessionUser | null;
  claims: SessionClaims | null;
  sessionId: string;
  view: string | null;
  lastEventId: string | null | undefined;
  since: string | null | undefined;
}

export type EventsDecision =
  | { kind: "refuse"; status: number; error: string }
  /** An ended session the client has already seen end: 204 tells EventSource to stop reconnecting. */
  | { kind: "no-content" }
  | {
      kind: "stream";
      sessionId: string;
      audience: Audience;
      since: number | null;
      /** The stream ends as soon as this sign-in is revoked; the browser's reconnection then meets the checks above. */
      owner: NonNullable<HubClient["owner"]>;
    };

export async function eventsEndpoint(request: EventsRequest): Promise<EventsDecision> {
  const { user, claims } = request;
  if (!user || !claims) return { kind: "refuse", status: 401, error: "Sign in to follow the live session." };
  const access = await streamAccess(user, request.sessionId, request.view);
  if (!access.ok) return { kind: "refuse", status: access.status, error: access.error };
  const since = resumeVersion(request.lastEventId, request.since);
  if (access.phase === "ENDED" && since !== null && since >= access.version) return { kind: "no-content" };
  return {
    kind: "stream",
    sessionId: request.sessionId,
    audience: access.audience,
    since,
    owner: { userId: user.id, authSessionId: claims.sid },
  };
}
