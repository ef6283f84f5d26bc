import { isImplicationCode, type ImplicationCode } from "@/lib/domain/implications";
import { isNarrativeCode, type NarrativeCode } from "@/lib/domain/narratives";
import { MAX_POINTS_PER_SCENARIO, narrativeVerdict, type NarrativeVerdict } from "@/lib/practice/scoring";

/** How an answer came out as a whole: every point, some points, or none. */
export type Outcome = "right" | "partly" | "wrong";

export const OUTCOME_LABELS: Record<Outcome, string> = { right: "Right", partly: "Partly right", wrong: "Wrong" };

export interface ReviewedAnswer {
  chosenNarrative: NarrativeCode;
  chosenImplication: ImplicationCode;
  narrative: NarrativeVerdict;
  implicationCorrect: boolean;
  points: number;
  outcome: Outcome;
}

export function outcomeOf(points: number): Outcome {
  if (points >= MAX_POINTS_PER_SCENARIO) return "right";
  return points > 0 ? "partly" : "wrong";
}

/** Which part of a stored answer was right: the narrative (right, partly, wrong), the implication, and the whole. */
export function reviewAnswer(
  key: { primary: NarrativeCode; accepted: readonly NarrativeCode[]; correctImplication: ImplicationCode },
  answer: { chosenNarrative: string; chosenImplication: string; points: number },
): ReviewedAnswer | null {
  if (!isNarrativeCode(answer.chosenNarrative) || !isImplicationCode(answer.chosenImplication)) return null;
  return {
    chosenNarrative: answer.chosenNarrative,
    chosenImplication: answer.chosenImplication,
    narrative: narrativeVerdict(
      { primaryNarrative: key.primary, acceptedNarratives: key.accepted },
      answer.chosenNarrative,
    ),
    implicationCorrect: answer.chosenImplication === key.correctImplication,
    points: answer.points,
    outcome: outcomeOf(answer.points),
  };
}
