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

/** The primary narrative is correct; an accepted secondary narrative is partly right. */
export function narrativeVerdict(key: Omit<AnswerKey, "correctImplication">, chosen: NarrativeCode): NarrativeVerdict {
  if (chosen === key.primaryNarrative) return "correct";
  return key.acceptedNarratives.includes(chosen) ? "accepted" : "wrong";
}

// One point for the primary narrative (half for an accepted secondary), one for the implication.
export function scoreAnswer(key: AnswerKey, chosen: ChosenAnswer): Score {
  const verdict = narrativeVerdict(key, chosen.narrative);
  const narrativePoints = verdict === "correct" ? 1 : verdict === "accepted" ? ACCEPTED_NARRATIVE_POINTS : 0;
  const implicationCorrect = chosen.implication === key.correctImplication;
  const implicationPoints = implicationCorrect ? 1 : 0;
  return {
    narrativeVerdict: verdict,
    implicationCorrect,
    narrativePoints,
    implicationPoints,
    points: narrativePoints + implicationPoints,
  };
}

/** Points earned over a number of answers as a share of the points available; null when nothing was answered. */
export function scoreShare(points: number, answers: number): number | null {
  return answers === 0 ? null : points / (answers * MAX_POINTS_PER_SCENARIO);
}
