"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Connection } from "@/components/live/use-live-state";
import type { LiveChoice, LiveSnapshot } from "@/lib/live/types";

export type Choice = LiveChoice;

export type AnswerStatus =
  | { kind: "idle" }
  | { kind: "sending" }
  | { kind: "received" }
  /** Not sent yet (offline, or the server unreachable): sent by itself when the connection returns. */
  | { kind: "waiting"; message: string }
  /** Answering is paused: sent by itself when it resumes. */
  | { kind: "held"; message: string }
  | { kind: "refused"; message: string };

interface Submission {
  scenarioId: string;
  choice: Choice;
  /** One key per submission: a retry of the same submission is stored once; a changed answer gets a new key. */
  key: string;
}

const OFFLINE = "You are offline: your answer is kept here and sent as soon as the connection returns.";
const UNREACHABLE = "The server cannot be reached: your answer is kept here and sent as soon as it can be.";
const RETRY_MS = 3000;
const storageKey = (sessionId: string) => `live-answer:${sessionId}`;

function remembered(sessionId: string): Submission | null {
  try {
    const raw = window.sessionStorage.getItem(storageKey(sessionId));
    return raw ? (JSON.parse(raw) as Submission) : null;
  } catch {
    return null;
  }
}

function remember(sessionId: string, submission: Submission | null) {
  try {
    if (submission) window.sessionStorage.setItem(storageKey(sessionId), JSON.stringify(submission));
    else window.sessionStorage.removeItem(storageKey(sessionId));
  } catch {
    // Private browsing without storage: the answer is still kept in memory for this page.
  }
}

/**
 * A trainee's answers in a live session. The latest submission is kept (in memory and in the tab's storage, so a
 * reload while offline loses nothing) until the server has it, and sent one at a time: when the connection returns,
 * when answering resumes, or every few seconds while the server cannot be reached. The server decides whether it
 * arrived in time; a refusal ("answers have closed") is shown as it is, never silently dropped.
 */
export function useLiveAnswers(
  sessionId: string,
  initialSaved: Record<string, Choice>,
  snapshot: LiveSnapshot,
  connection: Connection,
) {
  const [saved, setSaved] = useState(initialSaved);
  const [statuses, setStatuses] = useState<Record<string, AnswerStatus>>({});
  const pending = useRef<Submission | null>(null);
  // The same submission as state, for rendering: what the trainee chose while it waits to be sent.
  const [waiting, setWaiting] = useState<Submission | null>(null);
  const hold = useCallback(
    (submission: Submission | null) => {
      pending.current = submission;
      setWaiting(submission);
      remember(sessionId, submission);
    },
    [sessionId],
  );
  const inFlight = useRef(false);
  const retry = useRef<ReturnType<typeof setTimeout> | null>(null);

  const setStatus = (scenarioId: string, status: AnswerStatus) =>
    setStatuses((all) => ({ ...all, [scenarioId]: status }));

  /** Sends one submission; says whether it is settled, to be retried, or held until answering resumes. */
  const send = useCallback(
    async (submission: Submission): Promise<"settled" | "retry" | "held"> => {
      setStatus(submission.scenarioId, { kind: "sending" });
      try {
        const response = await fetch(`/api/live/${encodeURIComponent(sessionId)}/answers`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({
            scenarioId: submission.scenarioId,
            ...submission.choice,
            idempotencyKey: submission.key,
          }),
        });
        const body = (await response.json().catch(() => ({}))) as { error?: string; reason?: string };
        if (response.ok) {
          setSaved((all) => ({ ...all, [submission.scenarioId]: submission.choice }));
          setStatus(submission.scenarioId, { kind: "received" });
          return "settled";
        }
        if (body.reason === "paused") {
          setStatus(submission.scenarioId, { kind: "held", message: body.error ?? "Answering is paused." });
          return "held";
        }
        if (response.status >= 500) {
          setStatus(submission.scenarioId, { kind: "waiting", message: "The server is busy: trying again…" });
          return "retry";
        }
        const message =
          response.status === 401 ? "Your session has ended: sign in again to answer." : (body.error ?? "Refused.");
        setStatus(submission.scenarioId, { kind: "refused", message });
        return "settled";
      } catch {
        setStatus(submission.scenarioId, { kind: "waiting", message: navigator.onLine ? UNREACHABLE : OFFLINE });
        return "retry";
      }
    },
    [sessionId],
  );

  /** Sends the latest submission, one request at a time, until none is left or the network is gone. */
  const flush = useCallback(async () => {
    if (inFlight.current) return;
    if (retry.current) clearTimeout(retry.current);
    retry.current = null;
    inFlight.current = true;
    try {
      for (;;) {
        const submission = pending.current;
        if (!submission) return;
        if (!navigator.onLine) {
          setStatus(submission.scenarioId, { kind: "waiting", message: OFFLINE });
          return;
        }
        const outcome = await send(submission);
        // A newer answer was given meanwhile: it goes next, whatever happened to this one.
        if (pending.current !== submission) continue;
        if (outcome === "settled") hold(null);
        if (outcome === "retry") retry.current = setTimeout(() => void flushLater.current(), RETRY_MS);
        return;
      }
    } finally {
      inFlight.current = false;
    }
  }, [send, hold]);
  const flushLater = useRef(flush);
  useEffect(() => {
    flushLater.current = flush;
  }, [flush]);

  const submit = useCallback(
    (scenarioId: string, choice: Choice) => {
      hold({ scenarioId, choice, key: crypto.randomUUID() });
      void flush();
    },
    [flush, hold],
  );

  // An answer given before a reload that never reached the server is sent now.
  useEffect(() => {
    const left = remembered(sessionId);
    if (left && !pending.current) {
      hold(left);
      void flush();
    }
  }, [flush, hold, sessionId]);

  // The connection is back, or answering has resumed: send what is waiting.
  useEffect(() => {
    if (connection === "connected" && snapshot.phase !== "PAUSED") void flush();
  }, [connection, snapshot.phase, snapshot.version, flush]);

  useEffect(() => {
    const online = () => void flush();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      if (retry.current) clearTimeout(retry.current);
    };
  }, [flush]);

  const waitingChoice = (scenarioId: string) => (waiting?.scenarioId === scenarioId ? waiting.choice : undefined);

  return { saved, statuses, submit, waitingChoice };
}
