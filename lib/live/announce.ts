import type { LiveSnapshot } from "@/lib/live/types";

// Browser-safe: what a screen reader hears when the session changes, one sentence per change of state.

/** The sentence for a state, or null when nothing changed that the listener needs to hear. */
export function announcement(previous: LiveSnapshot | null, next: LiveSnapshot): string | null {
  if (previous && previous.phase === next.phase && previous.position === next.position) return null;
  const scenario = `Scenario ${next.position + 1} of ${next.size}`;
  switch (next.phase) {
    case "LOBBY":
      return "Waiting for the first scenario.";
    case "ANSWERING":
      if (previous?.phase === "PAUSED" && previous.position === next.position) return "Answering has resumed.";
      return `${scenario} is open: ${next.scenario?.title ?? ""}. Choose the narrative and the policy implication.`;
    case "PAUSED":
      return "Answering is paused for discussion.";
    case "CLOSED":
      return "Answers are closed.";
    case "REVEALED":
      return `The key to ${scenario.toLowerCase()} is revealed.`;
    case "ENDED":
      return "The session has ended.";
  }
}

/** Minutes and seconds, as a countdown reads: 1:05. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}
