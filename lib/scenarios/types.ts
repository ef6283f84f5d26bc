import type { ContentWarning } from "@/lib/domain/content-warnings";
import type { NarrativeCode } from "@/lib/domain/narratives";

/** What an educator sees of a scenario when choosing scenarios for an exercise or a live session. */
export interface ScenarioChoice {
  id: string;
  title: string;
  primaryNarrative: NarrativeCode;
  correctImplication: string;
  difficulty: number;
  kind: string;
  contentWarnings?: ContentWarning[];
}

/** A scenario the class's content exclusions leave out, and the warnings that do it. */
export interface ExcludedChoice {
  choice: ScenarioChoice;
  warnings: ContentWarning[];
}
