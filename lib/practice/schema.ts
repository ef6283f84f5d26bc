import { z } from "zod";
import { IMPLICATION_CODES } from "@/lib/domain/implications";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";

// Browser-safe: shared by the practice form and the answer endpoint.
export const SESSION_SIZES = [5, 10] as const;
export const DEFAULT_SESSION_SIZE = 10;

export const startPracticeSchema = z.object({
  size: z.coerce
    .number()
    .int()
    .refine((n) => (SESSION_SIZES as readonly number[]).includes(n), "Choose a session length from the list"),
});

export const MAX_ANSWER_BODY_BYTES = 4096;

export const answerSchema = z.strictObject({
  itemId: z.string().min(1, "itemId is required").max(64),
  scenarioId: z.string().min(1, "scenarioId is required").max(64),
  narrative: z.enum(NARRATIVE_CODES, { error: "Choose one of the four narratives" }),
  implication: z.enum(IMPLICATION_CODES, { error: "Choose one of the policy implications" }),
  confidence: z.number().int().min(1).max(5).nullable().optional(),
  timeMs: z.number().int().min(0).max(86_400_000).nullable().optional(),
  idempotencyKey: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/, "idempotencyKey must be URL-safe"),
});
export type AnswerInput = z.infer<typeof answerSchema>;
