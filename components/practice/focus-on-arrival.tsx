"use client";

import { useEffect } from "react";
import { takeMovingOn } from "@/components/practice/arrival";

/**
 * After the trainee moves on, the next page opens at its top with focus on its heading, which screen readers
 * announce ("Scenario 3 of 10"), instead of keeping the scroll position of the feedback they left.
 */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    if (!takeMovingOn()) return;
    window.scrollTo({ top: 0, left: 0, behavior: "instant" });
    document.getElementById(targetId)?.focus({ preventScroll: true });
  }, [targetId]);
  return null;
}
