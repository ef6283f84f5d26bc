import { describe, expect, it } from "vitest";
import { scenarioSchema } from "@/lib/content/scenario-schema";
import { scenarioInput } from "@/tests/support/scenario-fixture";

function problems(overrides: Parameters<typeof scenarioInput>[0]) {
  const result = scenarioSchema.safeParse(scenarioInput(overrides));
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("scenarioSchema", () => {
  it("accepts a complete scenario", () => expect(problems({})).toEqual([]));

  it("refuses a testimony over 120 words", () => {
    expect(problems({ testimony: "word ".repeat(121) })).toEqual([expect.stringMatching(/^testimony: must be at most 120 words/)]);
  });

  it("refuses a distractor equal to the correct implication", () => {
    expect(
      problems({
        implications: { correct: "PLATFORM", distractors: ["PLATFORM", "NOT_SAINTS", "SUNNI_FRAMING"] },
        explanations: { narrative: "n", implication: "i", distractors: { PLATFORM: "x", NOT_SAINTS: "x", SUNNI_FRAMING: "x" } },
      }),
    ).toContain("implications.distractors: a distractor must not equal the correct implication");
  });

  it("refuses anything but exactly three distractors", () => {
    expect(problems({ implications: { correct: "PLATFORM", distractors: ["NOT_SAINTS", "SUNNI_FRAMING"] } }).join()).toMatch(
      /implications.distractors/,
    );
  });

  it("requires an explanation for each distractor", () => {
    expect(
      problems({ explanations: { narrative: "n", implication: "i", distractors: { PLATFORM: "x", NOT_SAINTS: "x" } } }),
    ).toContain("explanations.distractors: must explain exactly the three distractors");
  });

  it("refuses a missing source", () => {
    const { source: _source, ...withoutSource } = scenarioInput();
    expect(scenarioSchema.safeParse(withoutSource).success).toBe(false);
  });

  it("refuses an accepted narrative equal to the primary", () => {
    expect(problems({ narratives: { primary: "CORRUPTION", accepted: ["CORRUPTION"] } })).toContain(
      "narratives.accepted: must not repeat the primary narrative",
    );
  });

  it("refuses unknown codes, difficulties and fields", () => {
    expect(problems({ narratives: { primary: "PROPAGANDA" as never, accepted: [] } }).length).toBeGreaterThan(0);
    expect(problems({ difficulty: 4 as never }).length).toBeGreaterThan(0);
    expect(scenarioSchema.safeParse({ ...scenarioInput(), extra: true }).success).toBe(false);
  });
});
