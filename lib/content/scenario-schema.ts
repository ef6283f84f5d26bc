import { z } from "zod";
import { CONTENT_WARNINGS } from "@/lib/domain/content-warnings";
import { IMPLICATION_CODES } from "@/lib/domain/implications";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";

// One schema for a scenario, shared by the content files, the seed, import/export and the app.
export const MAX_TESTIMONY_WORDS = 120;

export function countWords(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

const narrativeCode = z.enum(NARRATIVE_CODES);
const implicationCode = z.enum(IMPLICATION_CODES);
const prose = (max: number) => z.string().trim().min(1).max(max);

export const scenarioSourceSchema = z.strictObject({
  seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, "must be a seed file name such as 000_f9a30c9a0b9f7441.txt"),
  publisher: z.string().trim().min(1).nullable(),
  date: z.string().trim().min(1).nullable(),
  /** The words of the seed this scenario rests on, verbatim, so a citation can link to them. */
  passage: z.string().trim().min(1).max(600).optional(),
});

export const scenarioSchema = z
  .strictObject({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens").max(80),
    version: z.number().int().min(1),
    title: prose(120),
    kind: z.enum(["documented", "composite"]),
    testimony: prose(1200).refine((t) => countWords(t) <= MAX_TESTIMONY_WORDS, {
      message: `must be at most ${MAX_TESTIMONY_WORDS} words`,
    }),
    speaker: prose(200),
    source: scenarioSourceSchema,
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
      implication: prose(1500),
      distractors: z.partialRecord(implicationCode, prose(800)),
      /** Why each narrative other than the primary tempts, and why it is wrong (or, when accepted, partly right). */
      narratives: z.partialRecord(narrativeCode, prose(800)).optional(),
    }),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    contentNote: prose(200).optional(),
    /** What the content note warns of, so an educator can leave such scenarios out for a class. */
    contentWarnings: z.array(z.enum(CONTENT_WARNINGS)).optional(),
    /** One open question for a class to discuss after the answer is revealed. */
    discussion: prose(300).optional(),
    /** Examples illustrate the narratives on /narratives and are never drawn for practice. */
    purpose: z.enum(["practice", "example"]).optional(),
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
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
