// Server-sent events as plain strings, with no dependency on any HTTP layer, so the same frames can be written by a
// Next.js route handler or by a bare node:http server in front of it.

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // Nothing about a user is ever stored; no-transform keeps compression (which would buffer the stream) off it.
  "Cache-Control": "no-store, no-transform",
  "X-Accel-Buffering": "no",
} as const;

/** How long a browser waits before reconnecting after the stream drops. */
export const RETRY_MS = 2000;
/** A comment line every so often keeps proxies and load balancers from closing a quiet stream. */
export const HEARTBEAT_MS = 25_000;
export const HEARTBEAT = ": keep-alive\n\n";

/** One event. `data` must be a single line (JSON.stringify never emits a raw newline). */
export function sseEvent(event: string, data: string, id?: number | string): string {
  if (/[\r\n]/.test(data)) throw new Error("SSE data must be one line");
  return `${id === undefined ? "" : `id: ${id}\n`}event: ${event}\ndata: ${data}\n\n`;
}

/** The opening of every stream: the reconnection delay, and the server's clock so timers read the same everywhere. */
export function sseOpening(now: number = Date.now()): string {
  return `retry: ${RETRY_MS}\n\n${sseEvent("clock", String(now))}`;
}

/**
 * The state version a reconnecting client already holds: the browser sends the last event id it saw
 * (Last-Event-ID); a page that was just rendered passes its version in the query string instead.
 */
export function resumeVersion(lastEventId: string | null | undefined, since: string | null | undefined): number | null {
  for (const value of [lastEventId, since]) {
    if (value && /^\d{1,9}$/.test(value.trim())) return Number(value.trim());
  }
  return null;
}
