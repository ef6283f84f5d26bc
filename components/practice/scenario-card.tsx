import { CitationLink } from "@/components/citation-link";
import type { Citation } from "@/lib/content/citation";
import type { Scenario } from "@/lib/content/scenario-schema";

/**
 * The parts of a scenario a trainee reads before answering (a live session sends no more than these), with its source
 * already cited (lib/content/citations.ts reads the source documents, so only the server can), which keeps this card
 * usable in client components.
 */
export type ScenarioShown = Pick<Scenario, "title" | "kind" | "contentNote" | "testimony" | "speaker"> & {
  citation: Citation;
};

export function ScenarioCard({ scenario, headingId }: { scenario: ScenarioShown; headingId: string }) {
  return (
    <article className="scenario" aria-labelledby={headingId}>
      <h2 id={headingId}>{scenario.title}</h2>
      {scenario.kind === "composite" ? (
        <p>
          <span className="badge composite">Composite</span>{" "}
          <span className="muted">
            A vignette built on a pattern the report documents, not one person&apos;s words.
          </span>
        </p>
      ) : (
        <p>
          <span className="badge">Documented case</span>
        </p>
      )}
      {scenario.contentNote && (
        <p className="content-note">
          <strong>Content note:</strong> {scenario.contentNote}
        </p>
      )}
      <blockquote>{scenario.testimony}</blockquote>
      <dl>
        <dt>Speaker</dt>
        <dd>{scenario.speaker}</dd>
        <dt>Source</dt>
        <dd>
          <CitationLink citation={scenario.citation} />
        </dd>
      </dl>
    </article>
  );
}
