import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import { MAX_POINTS_PER_SCENARIO } from "@/lib/practice/scoring";

export interface ScoredAnswer {
  primaryNarrative: NarrativeCode;
  narrativePoints: number;
  implicationPoints: number;
  points: number;
}

export interface Ratio {
  earned: number;
  possible: number;
  /** earned / possible, or null when nothing was asked. */
  accuracy: number | null;
}

export interface AttemptSummary {
  answered: number;
  score: Ratio;
  byNarrative: Record<NarrativeCode, Ratio>;
  implications: Ratio;
}

function ratio(earned: number, possible: number): Ratio {
  return { earned, possible, accuracy: possible === 0 ? null : earned / possible };
}

// Narrative accuracy is grouped by the scenario's true narrative, so half credit counts as half.
export function summariseAnswers(answers: readonly ScoredAnswer[]): AttemptSummary {
  const byNarrative = Object.fromEntries(
    NARRATIVE_CODES.map((code) => {
      const matching = answers.filter((a) => a.primaryNarrative === code);
      return [code, ratio(sum(matching.map((a) => a.narrativePoints)), matching.length)];
    }),
  ) as Record<NarrativeCode, Ratio>;
  return {
    answered: answers.length,
    score: ratio(sum(answers.map((a) => a.points)), answers.length * MAX_POINTS_PER_SCENARIO),
    byNarrative,
    implications: ratio(sum(answers.map((a) => a.implicationPoints)), answers.length),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
