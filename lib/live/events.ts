import { notifier } from "@/lib/realtime";

// Every change to a live session is announced on its channel through the process's notifier, which reaches every
// server process (and, with a LISTEN/NOTIFY transport, every machine). The payload is tiny: the new state version, or
// TALLY when only counts moved (an answer, a trainee joining). Receivers read the state from the database themselves.

export const TALLY = "tally";

export const liveChannel = (sessionId: string) => `live:${sessionId}`;

function publish(sessionId: string, payload: string): Promise<void> {
  // The change is already committed: a lost notification only delays screens until their next event or reconnect.
  return notifier()
    .publish(liveChannel(sessionId), payload)
    .catch((error: unknown) => console.error(`Could not announce live session ${sessionId}:`, error));
}

export const announceState = (sessionId: string, version: number) => publish(sessionId, String(version));
export const announceTally = (sessionId: string) => publish(sessionId, TALLY);

/** A payload as sent above: a state version, or null for a change of counts only. */
export function parseAnnouncement(payload: string): number | null {
  return /^\d+$/.test(payload) ? Number(payload) : null;
}
