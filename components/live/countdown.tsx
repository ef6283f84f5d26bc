"use client";

import { useEffect, useState } from "react";
import { formatCountdown } from "@/lib/live/announce";
import type { LiveSnapshot } from "@/lib/live/types";

/**
 * The answering timer, counted down against the server's clock. The timer role is not announced every second; a
 * polite note is, when a minute, thirty and ten seconds are left.
 */
export function Countdown({ timer, clockOffset }: { timer: LiveSnapshot["timer"]; clockOffset: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer.endsAt) return;
    const interval = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(interval);
  }, [timer.endsAt]);
  if (timer.remainingMs !== null) {
    return <p className="live-timer">Timer paused: {formatCountdown(timer.remainingMs)} left</p>;
  }
  if (!timer.endsAt) return null;
  const left = new Date(timer.endsAt).getTime() - (now + clockOffset);
  const seconds = Math.ceil(left / 1000);
  const milestone = seconds <= 10 ? 10 : seconds <= 30 ? 30 : seconds <= 60 ? 60 : null;
  return (
    <>
      <p className="live-timer" role="timer" aria-label="Time left to answer">
        {left > 0 ? `${formatCountdown(left)} left` : "Time is up"}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {left <= 0
          ? "Time is up."
          : milestone === 60
            ? "Less than a minute left to answer."
            : milestone
              ? `Less than ${milestone} seconds left to answer.`
              : ""}
      </p>
    </>
  );
}
