import type { Scenario } from "@/lib/content/scenario-schema";
import { IMPLICATIONS, type ImplicationCode } from "@/lib/domain/implications";
import type { NarrativeCode } from "@/lib/domain/narratives";
import { narrativeVerdict, type NarrativeVerdict } from "@/lib/practice/scoring";

export interface AnswerFeedback {
  narrative: {
    chosen: NarrativeCode;
    correct: NarrativeCode;
    accepted: NarrativeCode[];
    verdict: NarrativeVerdict;
    points: number;
    explanation: string;
    /** Why the trainee's own choice tempts and why it is wrong (or partly right), when it was not the primary. */
    chosenExplanation: string | null;
  };
  implication: {
    chosen: ImplicationCode;
    correct: ImplicationCode;
    correctStatement: string;
    isCorrect: boolean;
    points: number;
    explanation: string;
    /** Why the trainee's choice was weaker, when it was a distractor. */
    chosenWeakness: string | null;
  };
  points: number;
  source: Scenario["source"];
  /** An open question to discuss once the answer is known. */
  discussion: string | null;
}

export interface StoredAnswerScore {
  chosenNarrative: NarrativeCode;
  chosenImplication: ImplicationCode;
  narrativePoints: number;
  implicationPoints: number;
  points: number;
}

export function buildFeedback(scenario: Scenario, answer: StoredAnswerScore): AnswerFeedback {
  const { primary, accepted } = scenario.narratives;
  const verdict = narrativeVerdict({ primaryNarrative: primary, acceptedNarratives: accepted }, answer.chosenNarrative);
  const isCorrect = answer.chosenImplication === scenario.implications.correct;
  return {
    narrative: {
      chosen: answer.chosenNarrative,
      correct: primary,
      accepted,
      verdict,
      points: answer.narrativePoints,
      explanation: scenario.explanations.narrative,
      chosenExplanation:
        verdict === "correct" ? null : scenario.explanations.narratives?.[answer.chosenNarrative]?.trim() || null,
    },
    implication: {
      chosen: answer.chosenImplication,
      correct: scenario.implications.correct,
      correctStatement: IMPLICATIONS[scenario.implications.correct].statement,
      isCorrect,
      points: answer.implicationPoints,
      explanation: scenario.explanations.implication,
      chosenWeakness: isCorrect ? null : (scenario.explanations.distractors[answer.chosenImplication] ?? null),
    },
    points: answer.points,
    source: scenario.source,
    discussion: scenario.discussion?.trim() || null,
  };
}
