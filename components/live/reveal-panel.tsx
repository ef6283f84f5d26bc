import type { ReactNode } from "react";
import { IMPLICATIONS } from "@/lib/domain/implications";
import { NARRATIVES } from "@/lib/domain/narratives";
import { formatPercent } from "@/lib/format";
import type { Reveal } from "@/lib/live/types";

function share(count: number, total: number) {
  return `${count} of ${total} (${formatPercent(total > 0 ? count / total : null)})`;
}

/**
 * The key and how many found it, then the question that opens the discussion, then (as children) the class's
 * choices, and last why the key is the key: the order a discussion takes.
 */
export function RevealPanel({ reveal, answers, children }: { reveal: Reveal; answers: number; children?: ReactNode }) {
  return (
    <section className="live-reveal" aria-labelledby="reveal-heading">
      <h2 id="reveal-heading">The key</h2>
      <div className="grid">
        <div>
          <h3>Narrative: {NARRATIVES[reveal.primary].name}</h3>
          {reveal.accepted.length > 0 && (
            <p>Also accepted: {reveal.accepted.map((code) => NARRATIVES[code].name).join(", ")}.</p>
          )}
          <p className="live-share">Named by {share(reveal.narrativeCorrect, answers)}</p>
        </div>
        <div>
          <h3>Policy implication: {IMPLICATIONS[reveal.correct].statement}</h3>
          <p className="live-share">Chosen by {share(reveal.implicationCorrect, answers)}</p>
        </div>
      </div>
      <div className="live-discussion">
        <h3>For discussion</h3>
        <p>{reveal.discussion}</p>
      </div>
      {children}
      <h3>Why</h3>
      <div className="grid">
        <p>
          <strong>The narrative.</strong> {reveal.narrativeExplanation}
        </p>
        <p>
          <strong>The implication.</strong> {reveal.implicationExplanation}
        </p>
      </div>
    </section>
  );
}
