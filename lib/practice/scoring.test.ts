import { describe, expect, it } from "vitest";
import { scoreAnswer, type AnswerKey } from "@/lib/practice/scoring";

const key: AnswerKey = {
  primaryNarrative: "BRUTALITY",
  acceptedNarratives: ["CORRUPTION"],
  correctImplication: "SUNNI_FRAMING",
};

describe("scoreAnswer", () => {
  it("gives one point for the primary narrative and one for the implication", () => {
    expect(scoreAnswer(key, { narrative: "BRUTALITY", implication: "SUNNI_FRAMING" })).toEqual({
      narrativeVerdict: "correct",
      implicationCorrect: true,
      narrativePoints: 1,
      implicationPoints: 1,
      points: 2,
    });
  });

  it("gives half a point for an accepted secondary narrative", () => {
    const score = scoreAnswer(key, { narrative: "CORRUPTION", implication: "SUNNI_FRAMING" });
    expect(score.narrativeVerdict).toBe("accepted");
    expect(score.points).toBe(1.5);
  });

  it("gives nothing for a wrong narrative or implication", () => {
    const score = scoreAnswer(key, { narrative: "INFIGHTING", implication: "PLATFORM" });
    expect(score).toMatchObject({ narrativeVerdict: "wrong", implicationCorrect: false, points: 0 });
  });

  it("scores the implication independently of the narrative", () => {
    expect(scoreAnswer(key, { narrative: "DISAPPOINTMENT", implication: "SUNNI_FRAMING" }).points).toBe(1);
  });
});
