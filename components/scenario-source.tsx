import { CitationLink } from "@/components/citation-link";
import { citationFor } from "@/lib/content/citations";
import type { Scenario } from "@/lib/content/scenario-schema";

// For server components: reads the source's title and finds the cited paragraph.
export function ScenarioSource({ source, labelled = false }: { source: Scenario["source"]; labelled?: boolean }) {
  return <CitationLink citation={citationFor(source)} labelled={labelled} />;
}
