import type { ImplicationCode } from "@/lib/domain/implications";
import type { NarrativeCode } from "@/lib/domain/narratives";

export interface AnswerKey {
  primaryNarrative: NarrativeCode;
  acceptedNarratives: readonly NarrativeCode[];
  correctImplication: ImplicationCode;
}

export interface ChosenAnswer {
  narrative: NarrativeCode;
  implication: ImplicationCode;
}

export type NarrativeVerdict = "correct" | "accepted" | "wrong";

export interface Score {
  narrativeVerdict: NarrativeVerdict;
  implicationCorrect: boolean;
  narrativePoints: number;
  implicationPoints: number;
  points: number;
}

export const MAX_POINTS_PER_SCENARIO = 2;
export const ACCEPTED_NARRATIVE_POINTS = 0.5;

// One point for the primary narrative (half for an accepted secondary), one for the implication.
export function scoreAnswer(key: AnswerKey, chosen: ChosenAnswer): Score {
  const narrativeVerdict: NarrativeVerdict =
    chosen.narrative === key.primaryNarrative
      ? "correct"
      : key.acceptedNarratives.includes(chosen.narrative)
        ? "accepted"
        : "wrong";
  const narrativePoints =
    narrativeVerdict === "correct" ? 1 : narrativeVerdict === "accepted" ? ACCEPTED_NARRATIVE_POINTS : 0;
  const implicationCorrect = chosen.implication === key.correctImplication;
  const implicationPoints = implicationCorrect ? 1 : 0;
  return {
    narrativeVerdict,
    implicationCorrect,
    narrativePoints,
    implicationPoints,
    points: narrativePoints + implicationPoints,
  };
}
