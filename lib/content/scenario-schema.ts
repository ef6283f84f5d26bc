import { z } from "zod";
import { CONTENT_WARNINGS } from "@/lib/domain/content-warnings";
import { IMPLICATION_CODES } from "@/lib/domain/implications";
import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";

// One schema for a scenario, shared by the content files, the seed, import/export and the app.
export const MAX_TESTIMONY_WORDS = 120;
export const PASSAGE_WORDS = { min: 5, max: 60 } as const;
export const MAX_DISCUSSION_CHARS = 300;

// What a content note warns of (lib/domain/content-warnings.ts; docs/content-notes.md defines each category).
export { CONTENT_WARNINGS, type ContentWarning } from "@/lib/domain/content-warnings";

// Practice items are drawn in practice and offered to educators; examples illustrate a narrative on /narratives only.
export const SCENARIO_PURPOSES = ["practice", "example"] as const;
export type ScenarioPurpose = (typeof SCENARIO_PURPOSES)[number];

export function countWords(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

const narrativeCode = z.enum(NARRATIVE_CODES);
const implicationCode = z.enum(IMPLICATION_CODES);
const prose = (max: number) => z.string().trim().min(1).max(max);

const narrativeExplanations = z.partialRecord(narrativeCode, prose(1000));

// The three fields the second edition added as required texts; stored first-edition versions lack them.
const strictParts = {
  passage: prose(1000).refine((p) => countWords(p) >= PASSAGE_WORDS.min && countWords(p) <= PASSAGE_WORDS.max, {
    message: `must be ${PASSAGE_WORDS.min}–${PASSAGE_WORDS.max} words`,
  }),
  discussion: prose(MAX_DISCUSSION_CHARS).refine((d) => d.endsWith("?"), { message: 'must be one question ending with "?"' }),
  narratives: narrativeExplanations,
};
const legacyParts = {
  passage: z.string().trim().default(""),
  discussion: z.string().trim().max(MAX_DISCUSSION_CHARS).default(""),
  narratives: narrativeExplanations.default({}),
};

/**
 * Scenario versions stored before the second edition of the bank have no discussion, passage, narrative
 * explanations, warnings or purpose. With `legacy` the schema still reads them (the missing texts become empty
 * strings or an empty record); content files and imports always use the strict schema.
 */
function buildScenarioSchema<
  P extends z.ZodType<string, unknown>,
  D extends z.ZodType<string, unknown>,
  N extends z.ZodType<Partial<Record<NarrativeCode, string>>, unknown>,
>(parts: { passage: P; discussion: D; narratives: N }, legacy: boolean) {
  const { passage, discussion } = parts;
  return z
    .strictObject({
      slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens").max(80),
      version: z.number().int().min(1),
      purpose: z.enum(SCENARIO_PURPOSES).default("practice"),
      title: prose(120),
      kind: z.enum(["documented", "composite"]),
      testimony: prose(1200).refine((t) => countWords(t) <= MAX_TESTIMONY_WORDS, {
        message: `must be at most ${MAX_TESTIMONY_WORDS} words`,
      }),
      speaker: prose(300),
      source: z.strictObject({
        seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, "must be a seed file name such as 000_f9a30c9a0b9f7441.txt"),
        publisher: z.string().trim().min(1).nullable(),
        date: z.string().trim().min(1).nullable(),
        passage,
      }),
      narratives: z.strictObject({
        primary: narrativeCode,
        accepted: z.array(narrativeCode).max(3).default([]),
      }),
      implications: z.strictObject({
        correct: implicationCode,
        distractors: z.array(implicationCode).length(3),
      }),
      explanations: z.strictObject({
        narrative: prose(1500),
        narratives: parts.narratives,
        implication: prose(1500),
        distractors: z.partialRecord(implicationCode, prose(800)),
      }),
      difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      discussion,
      contentWarnings: z.array(z.enum(CONTENT_WARNINGS)).default([]),
      contentNote: prose(200).optional(),
    })
    .superRefine((s, ctx) => {
      const { primary, accepted } = s.narratives;
      if (accepted.includes(primary)) {
        ctx.addIssue({ code: "custom", path: ["narratives", "accepted"], message: "must not repeat the primary narrative" });
      }
      if (new Set(accepted).size !== accepted.length) {
        ctx.addIssue({ code: "custom", path: ["narratives", "accepted"], message: "must not repeat a narrative" });
      }
      const { correct, distractors } = s.implications;
      if (distractors.includes(correct)) {
        ctx.addIssue({
          code: "custom",
          path: ["implications", "distractors"],
          message: "a distractor must not equal the correct implication",
        });
      }
      if (new Set(distractors).size !== distractors.length) {
        ctx.addIssue({ code: "custom", path: ["implications", "distractors"], message: "must be three different implications" });
      }
      const explained = Object.keys(s.explanations.distractors).sort();
      if (explained.join() !== [...distractors].sort().join()) {
        ctx.addIssue({
          code: "custom",
          path: ["explanations", "distractors"],
          message: "must explain exactly the three distractors",
        });
      }
      const others = NARRATIVE_CODES.filter((code) => code !== primary);
      const narrated = Object.keys((s.explanations as { narratives: Partial<Record<NarrativeCode, string>> }).narratives).sort();
      if (!(legacy && narrated.length === 0) && narrated.join() !== [...others].sort().join()) {
        ctx.addIssue({
          code: "custom",
          path: ["explanations", "narratives"],
          message: `must explain exactly the three narratives that are not the primary (${others.join(", ")})`,
        });
      }
      if (new Set(s.contentWarnings).size !== s.contentWarnings.length) {
        ctx.addIssue({ code: "custom", path: ["contentWarnings"], message: "must not repeat a warning" });
      }
    });
}

export const scenarioSchema = buildScenarioSchema(strictParts, false);

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

/**
 * Reads a stored scenario version, including versions stored before the second edition (see buildScenarioSchema).
 * Their missing discussion and passage read as "" and their narrative explanations as {}; callers show nothing then.
 */
export const storedScenarioSchema: z.ZodType<Scenario, unknown> = buildScenarioSchema(legacyParts, true);

export const scenarioSourceSchema = scenarioSchema.shape.source;
