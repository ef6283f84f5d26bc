"use client";

import { useEffect, useRef, useState } from "react";
import { announcement } from "@/lib/live/announce";
import type { LiveSnapshot } from "@/lib/live/types";

/** Says each change of the session's state to screen readers, once, without moving the reader's focus. */
export function LiveAnnouncer({ snapshot }: { snapshot: LiveSnapshot }) {
  const previous = useRef<LiveSnapshot | null>(null);
  const [message, setMessage] = useState("");
  useEffect(() => {
    // The first state is on the page already; only changes are spoken.
    const said = previous.current ? announcement(previous.current, snapshot) : null;
    previous.current = snapshot;
    if (said) setMessage(said);
  }, [snapshot]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
}
