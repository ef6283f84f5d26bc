"use client";

import { useEffect, useRef, useState } from "react";
import type { LiveSnapshot } from "@/lib/live/types";

/** "signed-out": the server refused the stream (the sign-in ended, or the trainee left the class). */
export type Connection = "connected" | "reconnecting" | "signed-out";

const MAX_BACKOFF_MS = 15_000;

/**
 * Follows a live session through its server-sent events, starting from the state the page was rendered with. The
 * browser's EventSource reconnects by itself and resumes with Last-Event-ID; when it gives up (the server restarted
 * and answered an error) or the device goes offline, this reconnects with the version it holds, backing off. A
 * snapshot is only ever replaced by one at least as new, so a late frame cannot move a screen backwards.
 */
export function useLiveState(initial: LiveSnapshot, view?: "presenter" | "control") {
  const [snapshot, setSnapshot] = useState(initial);
  const [connection, setConnection] = useState<Connection>("connected");
  // The server's clock minus this device's, so every screen counts a timer down to the same instant.
  const [clockOffset, setClockOffset] = useState(0);
  const version = useRef(initial.version);
  const ended = useRef(initial.phase === "ENDED");

  useEffect(() => {
    if (ended.current) return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let failures = 0;
    let stopped = false;
    const url = () => {
      const query = new URLSearchParams({ since: String(version.current), ...(view ? { view } : {}) });
      return `/api/live/${encodeURIComponent(initial.sessionId)}/events?${query}`;
    };

    const connect = () => {
      if (stopped || ended.current) return;
      source?.close();
      const opened = new EventSource(url());
      source = opened;
      const alive = () => {
        failures = 0;
        setConnection("connected");
      };
      opened.onopen = alive;
      opened.addEventListener("clock", (event) => {
        alive();
        setClockOffset(Number((event as MessageEvent<string>).data) - Date.now());
      });
      opened.addEventListener("state", (event) => {
        alive();
        const next = JSON.parse((event as MessageEvent<string>).data) as LiveSnapshot;
        if (next.version < version.current) return;
        version.current = next.version;
        setSnapshot(next);
        if (next.phase === "ENDED") {
          ended.current = true;
          opened.close();
        }
      });
      opened.onerror = () => {
        if (ended.current) return;
        setConnection("reconnecting");
        // CONNECTING: the browser is already retrying. CLOSED: it gave up, so try again ourselves, backing off.
        if (opened.readyState === EventSource.CLOSED) schedule();
      };
    };
    // EventSource does not say why it gave up: ask once, and stop for good when the stream is refused rather than
    // unreachable (a signed-out session would otherwise be retried for ever).
    const reconnect = async () => {
      if (stopped || ended.current) return;
      try {
        const probe = await fetch(url(), { headers: { Accept: "text/event-stream" } });
        void probe.body?.cancel();
        if (probe.status >= 400 && probe.status < 500) {
          stopped = true;
          setConnection("signed-out");
          return;
        }
      } catch {
        // Unreachable: try the stream again after the back-off.
      }
      connect();
    };
    const schedule = () => {
      if (retry) clearTimeout(retry);
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** failures++);
      retry = setTimeout(() => void reconnect(), delay);
    };
    const offline = () => {
      setConnection("reconnecting");
      source?.close();
    };
    const online = () => {
      if (stopped) return;
      failures = 0;
      connect();
    };

    connect();
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);
    return () => {
      stopped = true;
      source?.close();
      if (retry) clearTimeout(retry);
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
    };
  }, [initial.sessionId, view]);

  return { snapshot, connection, clockOffset };
}
