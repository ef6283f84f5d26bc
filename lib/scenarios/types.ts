import type { Citation } from "@/lib/content/citation";
import type { ImplicationCode } from "@/lib/domain/implications";
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
  /** The whole scenario, to read before choosing it; a list without it offers titles only. */
  details?: ScenarioDetails;
}

/** A scenario as an educator reads it in a picker: what trainees see, then the key and why. */
export interface ScenarioDetails {
  testimony: string;
  speaker: string;
  contentNote: string | null;
  contentWarnings: string[];
  acceptedNarratives: NarrativeCode[];
  distractors: ImplicationCode[];
  explanations: {
    narrative: string;
    implication: string;
    /** Why each other narrative tempts, and why it is wrong or partly right. */
    narratives: Partial<Record<NarrativeCode, string>>;
  };
  discussion: string | null;
  citation: Citation;
}

/** A scenario the class's content exclusions leave out, and the warnings that do it. */
export interface ExcludedChoice {
  choice: ScenarioChoice;
  warnings: ContentWarning[];
}
