import type { NarrativeVerdict } from "@/lib/practice/scoring";

const SYMBOL: Record<NarrativeVerdict, string> = { correct: "✓", accepted: "½", wrong: "✗" };

/** A right, partly right or wrong mark; decorative, since the words beside it say the same. */
export function Mark({ verdict }: { verdict: NarrativeVerdict }) {
  return (
    <span className={`mark mark-${verdict}`} aria-hidden="true">
      {SYMBOL[verdict]}
    </span>
  );
}
