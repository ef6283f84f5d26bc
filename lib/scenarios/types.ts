import type { NarrativeCode } from "@/lib/domain/narratives";

/** What an educator sees of a scenario when choosing scenarios for an exercise or a live session. */
export interface ScenarioChoice {
  id: string;
  title: string;
  primaryNarrative: NarrativeCode;
  correctImplication: string;
  difficulty: number;
  kind: string;
}
