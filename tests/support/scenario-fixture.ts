import type { ImplicationCode } from "@/lib/domain/implications";
import type { NarrativeCode } from "@/lib/domain/narratives";
import { scenarioSchema, type Scenario, type ScenarioInput } from "@/lib/content/scenario-schema";

export const FIXTURE_SEED = "001_62ee5a192e7af0cb.txt";
export const FIXTURE_SEED_TEXT = `“This is not a holy war”, said a defector from India, whom the group had forced to clean toilets.`;
export const FIXTURE_SOURCES = [
  {
    seed: FIXTURE_SEED,
    title: "Fixture",
    publisher: "ICSR (International Centre for the Study of Radicalisation and Political Violence)",
    date: "12 October 2015",
    contributes: "Fixture",
  },
];

// A valid scenario; tests override one field at a time to break one rule.
export function scenarioInput(overrides: Partial<ScenarioInput> = {}, index = 0): ScenarioInput {
  return {
    slug: `fixture-${index}`,
    version: 1,
    title: `Fixture scenario ${index}`,
    kind: "documented",
    testimony: `Scenario ${index}: a defector from India says he was made to clean toilets. "This is not a holy war", he said.`,
    speaker: "A defector from India, as the report describes him",
    source: { seed: FIXTURE_SEED, publisher: FIXTURE_SOURCES[0]!.publisher, date: FIXTURE_SOURCES[0]!.date },
    narratives: { primary: "CORRUPTION", accepted: [] },
    implications: { correct: "EXPOSE_UTOPIA", distractors: ["PLATFORM", "NOT_SAINTS", "SUNNI_FRAMING"] },
    explanations: {
      narrative: "Racism and unfairness inside the group.",
      implication: "The lived reality contradicts the promise of equality.",
      distractors: { PLATFORM: "Weaker here.", NOT_SAINTS: "Weaker here.", SUNNI_FRAMING: "Weaker here." },
    },
    difficulty: 1,
    ...overrides,
  };
}

export function scenario(overrides: Partial<ScenarioInput> = {}, index = 0): Scenario {
  return scenarioSchema.parse(scenarioInput(overrides, index));
}

export function withKey(primary: NarrativeCode, correct: ImplicationCode, index: number): Scenario {
  const distractors = (["PLATFORM", "NOT_SAINTS", "SUNNI_FRAMING", "CREDIBILITY_LIMITS"] as const)
    .filter((c) => c !== correct)
    .slice(0, 3);
  return scenario(
    {
      narratives: { primary, accepted: [] },
      implications: { correct, distractors },
      explanations: {
        narrative: "n",
        implication: "i",
        distractors: Object.fromEntries(distractors.map((d) => [d, "weaker"])),
      },
      ...(primary === "BRUTALITY" ? { contentNote: "Mentions violence." } : {}),
    },
    index,
  );
}
