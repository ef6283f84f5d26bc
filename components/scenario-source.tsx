import type { Scenario } from "@/lib/content/scenario-schema";
import { describeSource } from "@/lib/content/source-label";

export function ScenarioSource({ source, labelled = false }: { source: Scenario["source"]; labelled?: boolean }) {
  return (
    <cite>
      {labelled && "Source: "}
      {describeSource(source)} (<a href={`/sources#${source.seed}`}>{source.seed}</a>)
    </cite>
  );
}
