import { describe, expect, it } from "vitest";
import { buildFeedback } from "@/lib/practice/feedback";
import { scenario } from "@/tests/support/scenario-fixture";

const withSecondEdition = scenario({
  narratives: { primary: "CORRUPTION", accepted: ["DISAPPOINTMENT"] },
  explanations: {
    narrative: "Racism and unfairness inside the group.",
    implication: "The lived reality contradicts the promise of equality.",
    distractors: { PLATFORM: "Weaker here.", NOT_SAINTS: "Weaker here.", SUNNI_FRAMING: "Weaker here." },
    narratives: {
      INFIGHTING: "Nobody fights another group here.",
      DISAPPOINTMENT: "His hopes were let down too, so this earns half a point.",
    },
  },
  discussion: "Why might unfairness weigh more than hardship?",
});

const answer = (chosenNarrative: "INFIGHTING" | "CORRUPTION" | "DISAPPOINTMENT" | "BRUTALITY") => ({
  chosenNarrative,
  chosenImplication: "EXPOSE_UTOPIA" as const,
  narrativePoints: 0,
  implicationPoints: 1,
  points: 1,
});

describe("feedback on the trainee's own choice", () => {
  it("explains a wrong narrative and an accepted one by what was chosen", () => {
    expect(buildFeedback(withSecondEdition, answer("INFIGHTING")).narrative.chosenExplanation).toBe(
      "Nobody fights another group here.",
    );
    expect(buildFeedback(withSecondEdition, answer("DISAPPOINTMENT")).narrative).toMatchObject({
      verdict: "accepted",
      chosenExplanation: "His hopes were let down too, so this earns half a point.",
    });
  });

  it("adds nothing for the primary narrative, or where the scenario has no such explanation", () => {
    expect(buildFeedback(withSecondEdition, answer("CORRUPTION")).narrative.chosenExplanation).toBeNull();
    expect(buildFeedback(withSecondEdition, answer("BRUTALITY")).narrative.chosenExplanation).toBeNull();
    expect(buildFeedback(scenario(), answer("INFIGHTING")).narrative.chosenExplanation).toBeNull();
  });

  it("carries the discussion prompt when the scenario has one", () => {
    expect(buildFeedback(withSecondEdition, answer("CORRUPTION")).discussion).toBe(
      "Why might unfairness weigh more than hardship?",
    );
    expect(buildFeedback(scenario(), answer("CORRUPTION")).discussion).toBeNull();
  });
});
