import { describe, expect, it } from "vitest";
import { outcomeOf, reviewAnswer } from "@/lib/practice/review";

const key = { primary: "BRUTALITY", accepted: ["CORRUPTION"], correctImplication: "SUNNI_FRAMING" } as const;

describe("reviewing an answer", () => {
  it("tells right, partly right and wrong apart by points", () => {
    expect([2, 1.5, 1, 0.5, 0].map(outcomeOf)).toEqual(["right", "partly", "partly", "partly", "wrong"]);
  });

  it("marks each part: an accepted narrative is partly right, the implication right or wrong", () => {
    expect(reviewAnswer(key, { chosenNarrative: "CORRUPTION", chosenImplication: "PLATFORM", points: 0.5 })).toEqual({
      chosenNarrative: "CORRUPTION",
      chosenImplication: "PLATFORM",
      narrative: "accepted",
      implicationCorrect: false,
      points: 0.5,
      outcome: "partly",
    });
    expect(
      reviewAnswer(key, { chosenNarrative: "INFIGHTING", chosenImplication: "SUNNI_FRAMING", points: 1 }),
    ).toMatchObject({ narrative: "wrong", implicationCorrect: true, outcome: "partly" });
  });

  it("skips a hand-edited row with an unknown code", () => {
    expect(reviewAnswer(key, { chosenNarrative: "NONSENSE", chosenImplication: "PLATFORM", points: 0 })).toBeNull();
  });
});
