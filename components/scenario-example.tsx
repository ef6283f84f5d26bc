import type { Scenario } from "@/lib/content/scenario-schema";
import { ScenarioSource } from "@/components/scenario-source";

export function ScenarioExample({ scenario }: { scenario: Scenario }) {
  return (
    <figure className="card">
      {scenario.kind === "composite" && <span className="badge composite">Composite</span>}
      {scenario.contentNote && <p className="content-note">Content note: {scenario.contentNote}</p>}
      <blockquote>{scenario.testimony}</blockquote>
      <figcaption className="muted">
        {scenario.speaker}. <ScenarioSource source={scenario.source} labelled />
      </figcaption>
    </figure>
  );
}
