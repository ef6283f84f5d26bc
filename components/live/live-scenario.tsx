import { CitationLink } from "@/components/citation-link";
import type { LiveScenarioView } from "@/lib/live/types";

/** A scenario as the projector shows it: the same parts as a trainee's card, set large. */
export function LiveScenario({ scenario }: { scenario: LiveScenarioView }) {
  return (
    <article className="live-scenario" aria-labelledby="live-scenario-title">
      <h2 id="live-scenario-title">{scenario.title}</h2>
      <p>
        <span className={scenario.kind === "composite" ? "badge composite" : "badge"}>
          {scenario.kind === "composite" ? "Composite" : "Documented case"}
        </span>
      </p>
      {scenario.contentNote && (
        <p className="content-note">
          <strong>Content note:</strong> {scenario.contentNote}
        </p>
      )}
      <blockquote>{scenario.testimony}</blockquote>
      <p className="live-speaker">
        {scenario.speaker} · <CitationLink citation={scenario.citation} />
      </p>
    </article>
  );
}
