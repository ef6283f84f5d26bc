import type { Citation } from "@/lib/content/citation";
import type { Scenario } from "@/lib/content/scenario-schema";
import type { ImplicationCode } from "@/lib/domain/implications";
import type { NarrativeCode } from "@/lib/domain/narratives";
import type { LivePhase } from "@/lib/live/schema";

// Browser-safe: what the server sends each screen of a live session. The same snapshot is formatted once per process
// for each audience and written to every client of that audience, so nothing in it is about one trainee: a trainee's
// own answers and option order come with their page, and their result is computed from the revealed key.

/** Trainees see the session; the presenter adds counts (never names); the educator's control panel adds the roster. */
export const AUDIENCES = ["trainee", "presenter", "control"] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface LiveScenarioView {
  id: string;
  title: string;
  kind: Scenario["kind"];
  testimony: string;
  speaker: string;
  /** The source as cited, worked out on the server (it reads the source documents). */
  citation: Citation;
  contentNote: string | null;
  /** The four implication options in the fixed order of the list of implications, which says nothing of the key. */
  options: ImplicationCode[];
}

export interface Distribution {
  answers: number;
  narratives: { code: NarrativeCode; count: number }[];
  implications: { code: ImplicationCode; count: number }[];
}

export interface Reveal {
  primary: NarrativeCode;
  accepted: NarrativeCode[];
  correct: ImplicationCode;
  narrativeExplanation: string;
  implicationExplanation: string;
  discussion: string;
  /** How many answers named the primary narrative, and how many the key's implication. */
  narrativeCorrect: number;
  implicationCorrect: number;
}

export interface SummaryRow {
  narrative: NarrativeCode;
  scenarios: number;
  answers: number;
  /** Narrative points earned per answer (an accepted narrative earns half), and the share of correct implications. */
  narrativeShare: number | null;
  implicationShare: number | null;
}

export interface ShownKey {
  scenarioId: string;
  position: number;
  title: string;
  primary: NarrativeCode;
  accepted: NarrativeCode[];
  correct: ImplicationCode;
}

/** What a trainee chose for one scenario. */
export interface LiveChoice {
  narrative: NarrativeCode;
  implication: ImplicationCode;
  confidence: number | null;
}

export interface RosterEntry {
  name: string;
  joined: boolean;
  answered: boolean;
}

export interface LiveSnapshot {
  sessionId: string;
  version: number;
  phase: LivePhase;
  position: number;
  size: number;
  title: string;
  className: string;
  timer: { endsAt: string | null; remainingMs: number | null };
  scenario: LiveScenarioView | null;
  /** The class's choices once answers close (for trainees only once the key is revealed). */
  distribution: Distribution | null;
  reveal: Reveal | null;
  /** At the end: the class per narrative and the key of every scenario shown. */
  summary: { byNarrative: SummaryRow[]; keys: ShownKey[]; answers: number } | null;
  /** Presenter and control only. */
  pin?: string | null;
  progress?: { joined: number; answered: number };
  /** Control only. */
  roster?: RosterEntry[];
}
