import { ScenarioSource } from "@/components/scenario-source";
import type { Scenario } from "@/lib/content/scenario-schema";

/** The parts of a scenario a trainee reads before answering (a live session sends no more than these). */
export type ScenarioShown = Pick<Scenario, "title" | "kind" | "contentNote" | "testimony" | "speaker" | "source">;

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
          <ScenarioSource source={scenario.source} />
        </dd>
      </dl>
    </article>
  );
}
