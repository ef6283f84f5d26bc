import { describe, expect, it } from "vitest";
import { storedScenarioSchema } from "@/lib/content/scenario-schema";
import { buildFeedback } from "@/lib/practice/feedback";
import { scenario, scenarioInput } from "@/tests/support/scenario-fixture";

const withSecondEdition = scenario({
  narratives: { primary: "CORRUPTION", accepted: ["DISAPPOINTMENT"] },
  explanations: {
    narrative: "Racism and unfairness inside the group.",
    implication: "The lived reality contradicts the promise of equality.",
    distractors: { PLATFORM: "Weaker here.", NOT_SAINTS: "Weaker here.", SUNNI_FRAMING: "Weaker here." },
    narratives: {
      INFIGHTING: "Nobody fights another group here.",
      BRUTALITY: "Nobody is hurt in this account.",
      DISAPPOINTMENT: "His hopes were let down too, so this earns half a point.",
    },
  },
  discussion: "Why might unfairness weigh more than hardship?",
});

// A version stored before the second edition: no narrative explanations, no discussion prompt.
const { discussion: _discussion, ...firstEditionInput } = scenarioInput();
const firstEdition = storedScenarioSchema.parse({
  ...firstEditionInput,
  explanations: { ...firstEditionInput.explanations, narratives: undefined },
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

  it("adds nothing for the primary narrative, or for a stored version without such explanations", () => {
    expect(buildFeedback(withSecondEdition, answer("CORRUPTION")).narrative.chosenExplanation).toBeNull();
    expect(buildFeedback(firstEdition, answer("INFIGHTING")).narrative.chosenExplanation).toBeNull();
  });

  it("carries the discussion prompt when the scenario has one", () => {
    expect(buildFeedback(withSecondEdition, answer("CORRUPTION")).discussion).toBe(
      "Why might unfairness weigh more than hardship?",
    );
    expect(buildFeedback(firstEdition, answer("CORRUPTION")).discussion).toBeNull();
  });
});
