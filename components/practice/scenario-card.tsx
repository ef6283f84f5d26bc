import { ScenarioSource } from "@/components/scenario-source";
import type { Scenario } from "@/lib/content/scenario-schema";

export function ScenarioCard({ scenario, headingId }: { scenario: Scenario; headingId: string }) {
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
          <ScenarioSource source={scenario.source} />
        </dd>
      </dl>
    </article>
  );
}
