import type { Scenario } from "@/lib/content/scenario-schema";
import { describeSource } from "@/lib/content/source-label";

export function ScenarioSource({ source }: { source: Scenario["source"] }) {
  return (
    <cite>
      Source: {describeSource(source)} (<a href={`/sources#${source.seed}`}>{source.seed}</a>)
    </cite>
  );
}
