import { describe, expect, it } from "vitest";
import { scenarioSchema, storedScenarioSchema } from "@/lib/content/scenario-schema";
import { EXPLANATION, scenarioInput } from "@/tests/support/scenario-fixture";

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
        explanations: { ...scenarioInput().explanations, distractors: { PLATFORM: "x", NOT_SAINTS: "x", SUNNI_FRAMING: "x" } },
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
      problems({ explanations: { ...scenarioInput().explanations, distractors: { PLATFORM: "x", NOT_SAINTS: "x" } } }),
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

  it("requires a discussion prompt that is one question of at most 300 characters", () => {
    const { discussion: _discussion, ...without } = scenarioInput();
    expect(scenarioSchema.safeParse(without).success).toBe(false);
    expect(problems({ discussion: "Discuss the account." })).toEqual(['discussion: must be one question ending with "?"']);
    expect(problems({ discussion: `${"Why ".repeat(80)}?` }).join()).toMatch(/^discussion:/);
  });

  it("requires an explanation for exactly the three narratives that are not the primary", () => {
    const base = scenarioInput().explanations;
    expect(problems({ explanations: { ...base, narratives: { INFIGHTING: EXPLANATION, BRUTALITY: EXPLANATION } } })).toEqual([
      "explanations.narratives: must explain exactly the three narratives that are not the primary (INFIGHTING, BRUTALITY, DISAPPOINTMENT)",
    ]);
    expect(
      problems({ explanations: { ...base, narratives: { ...base.narratives, CORRUPTION: EXPLANATION } } }),
    ).toContain("explanations.narratives: must explain exactly the three narratives that are not the primary (INFIGHTING, BRUTALITY, DISAPPOINTMENT)");
  });

  it("requires a cited passage of 5 to 60 words", () => {
    const source = scenarioInput().source;
    const { passage: _passage, ...withoutPassage } = source;
    expect(scenarioSchema.safeParse({ ...scenarioInput(), source: withoutPassage }).success).toBe(false);
    expect(problems({ source: { ...source, passage: "four words only here" } })).toEqual(["source.passage: must be 5–60 words"]);
    expect(problems({ source: { ...source, passage: "word ".repeat(61) } })).toEqual(["source.passage: must be 5–60 words"]);
  });

  it("accepts only the five content warnings, once each, and defaults to none", () => {
    expect(scenarioSchema.parse(scenarioInput()).contentWarnings).toEqual([]);
    expect(problems({ contentWarnings: ["violence" as never] }).join()).toMatch(/^contentWarnings\.0:/);
    expect(problems({ contentWarnings: ["killing", "killing"] })).toEqual(["contentWarnings: must not repeat a warning"]);
  });

  it("defaults the purpose to practice and accepts example", () => {
    expect(scenarioSchema.parse(scenarioInput()).purpose).toBe("practice");
    expect(scenarioSchema.parse(scenarioInput({ purpose: "example" })).purpose).toBe("example");
    expect(problems({ purpose: "demo" as never }).join()).toMatch(/^purpose:/);
  });

  it("still reads a version stored before the second edition, without its new texts", () => {
    const { discussion: _d, ...firstEdition } = scenarioInput();
    const { passage: _p, ...source } = firstEdition.source;
    const { narratives: _n, ...explanations } = firstEdition.explanations;
    const stored = { ...firstEdition, source, explanations };
    expect(scenarioSchema.safeParse(stored).success).toBe(false);
    const read = storedScenarioSchema.parse(stored);
    expect(read).toMatchObject({ purpose: "practice", discussion: "", contentWarnings: [], source: { passage: "" } });
    expect(read.explanations.narratives).toEqual({});
    // A second-edition body reads the same through both.
    expect(storedScenarioSchema.parse(scenarioInput())).toEqual(scenarioSchema.parse(scenarioInput()));
  });
});
