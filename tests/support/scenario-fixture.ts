import { IMPLICATION_CODES, type ImplicationCode } from "@/lib/domain/implications";
import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import { scenarioSchema, type Scenario, type ScenarioInput } from "@/lib/content/scenario-schema";

export const FIXTURE_SEED = "001_62ee5a192e7af0cb.txt";

// Fixture item i rests on its own sentence of the fixture seed, so passages only overlap where a test makes them.
export function fixturePassage(index: number): string {
  return `Fixture passage number ${index} for the scenario bank tests.`;
}

export const FIXTURE_SEED_TEXT = [
  `“This is not a holy war”, said a defector from India, whom the group had forced to clean toilets.`,
  ...Array.from({ length: 64 }, (_, i) => fixturePassage(i)),
].join("\n");

export const FIXTURE_SOURCES = [
  {
    seed: FIXTURE_SEED,
    title: "Fixture",
    publisher: "ICSR (International Centre for the Study of Radicalisation and Political Violence)",
    date: "12 October 2015",
    contributes: "Fixture",
  },
];

// Long enough to pass the rule that explanations say something (at least 12 words).
export const EXPLANATION =
  "This explanation is long enough to say why the option tempts and why it is still wrong here.";

function narrativeExplanations(primary: NarrativeCode): Partial<Record<NarrativeCode, string>> {
  return Object.fromEntries(NARRATIVE_CODES.filter((code) => code !== primary).map((code) => [code, EXPLANATION]));
}

// A valid scenario; tests override one field at a time to break one rule.
export function scenarioInput(overrides: Partial<ScenarioInput> = {}, index = 0): ScenarioInput {
  return {
    slug: `fixture-${index}`,
    version: 1,
    title: `Fixture scenario ${index}`,
    kind: "documented",
    testimony: `Scenario ${index}: a defector from India says he was made to clean toilets. "This is not a holy war", he said.`,
    speaker: "A defector from India, as the report describes him",
    source: {
      seed: FIXTURE_SEED,
      publisher: FIXTURE_SOURCES[0]!.publisher,
      date: FIXTURE_SOURCES[0]!.date,
      passage: fixturePassage(index),
    },
    narratives: { primary: "CORRUPTION", accepted: [] },
    implications: { correct: "EXPOSE_UTOPIA", distractors: ["PLATFORM", "NOT_SAINTS", "SUNNI_FRAMING"] },
    explanations: {
      narrative: "Racism and unfairness inside the group are the third narrative of the report, in its own words.",
      narratives: narrativeExplanations((overrides.narratives?.primary ?? "CORRUPTION") as NarrativeCode),
      implication: "The lived reality contradicts the promise of a holy war, which is what this implication names.",
      distractors: { PLATFORM: EXPLANATION, NOT_SAINTS: EXPLANATION, SUNNI_FRAMING: EXPLANATION },
    },
    difficulty: 1,
    discussion: "What would a recruit who believed the promise of equality make of this account?",
    ...overrides,
  };
}

export function scenario(overrides: Partial<ScenarioInput> = {}, index = 0): Scenario {
  return scenarioSchema.parse(scenarioInput(overrides, index));
}

// The three implications after the key, in code order: every implication is then a distractor three times as
// often as it is the key whenever the keys are spread evenly, as the share rule wants.
export function distractorsFor(correct: ImplicationCode): ImplicationCode[] {
  const at = IMPLICATION_CODES.indexOf(correct);
  return [1, 2, 3].map((step) => IMPLICATION_CODES[(at + step) % IMPLICATION_CODES.length]!);
}

export function withKey(
  primary: NarrativeCode,
  correct: ImplicationCode,
  index: number,
  overrides: Partial<ScenarioInput> = {},
): Scenario {
  const distractors = distractorsFor(correct);
  return scenario(
    {
      narratives: { primary, accepted: [] },
      implications: { correct, distractors },
      explanations: {
        narrative: "The testimony names what this narrative is about, in the terms the report uses for it.",
        narratives: narrativeExplanations(primary),
        implication: "The situation described is what this implication answers, as the cited passage says.",
        distractors: Object.fromEntries(distractors.map((d) => [d, EXPLANATION])),
      },
      ...overrides,
    },
    index,
  );
}
