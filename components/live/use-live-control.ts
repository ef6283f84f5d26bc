"use client";

import { useEffect, useState } from "react";
import type { LiveCommand } from "@/lib/live/schema";

/**
 * Sends the educator's commands. Each carries the version on screen, so a command aimed at a state that has since
 * changed (a second device) is refused instead of skipping a step. The new state arrives through the event stream,
 * not in the reply: the buttons stay busy until it has (or a few seconds have passed), so a double click cannot send
 * the same step twice.
 */
export function useLiveControl(sessionId: string, version: number) {
  const [pending, setPending] = useState<LiveCommand | null>(null);
  const [awaited, setAwaited] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (awaited === null) return;
    const timer = setTimeout(() => setAwaited(null), 4000);
    return () => clearTimeout(timer);
  }, [awaited]);

  const waiting = awaited !== null && version < awaited;

  async function send(command: LiveCommand, seconds?: number) {
    if (pending || waiting) return;
    setPending(command);
    setError(null);
    try {
      const response = await fetch(`/api/live/${encodeURIComponent(sessionId)}/control`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ command, version, ...(seconds ? { seconds } : {}) }),
      });
      const body = (await response.json().catch(() => ({}))) as { error?: string; version?: number };
      if (response.ok) setAwaited(body.version ?? null);
      else setError(body.error ?? `The command was refused (error ${response.status}).`);
    } catch {
      setError("The command did not reach the server: check the connection and try again.");
    } finally {
      setPending(null);
    }
  }

  return { send, busy: pending !== null || waiting, pending, error };
}
