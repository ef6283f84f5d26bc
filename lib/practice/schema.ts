import { z } from "zod";
import { IMPLICATION_CODES } from "@/lib/domain/implications";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import { idSchema } from "@/lib/forms/fields";

// Browser-safe: shared by the practice forms, the answer endpoint and the client that calls it.
export const SESSION_SIZES = [5, 10] as const;
export const DEFAULT_SESSION_SIZE = 10;

export const startPracticeSchema = z.object({
  size: z.coerce
    .number()
    .int()
    .refine((n) => (SESSION_SIZES as readonly number[]).includes(n), "Choose a session length from the list"),
});

export const startExerciseInput = z.object({ exerciseId: idSchema });
export const attemptIdInput = z.object({ attemptId: idSchema });

export const MAX_ANSWER_BODY_BYTES = 4096;

export const answerSchema = z.strictObject({
  itemId: z.string().min(1, "itemId is required").max(64),
  scenarioId: z.string().min(1, "scenarioId is required").max(64),
  narrative: z.enum(NARRATIVE_CODES, { error: "Choose one of the four narratives" }),
  implication: z.enum(IMPLICATION_CODES, { error: "Choose one of the policy implications" }),
  confidence: z.number().int().min(1).max(5).nullable().optional(),
  timeMs: z.number().int().min(0).max(86_400_000).nullable().optional(),
  idempotencyKey: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, "idempotencyKey must be URL-safe"),
});
export type AnswerInput = z.infer<typeof answerSchema>;

export type ParsedAnswer =
  | { ok: true; input: AnswerInput }
  | { ok: false; reason: "malformed"; error: string }
  | { ok: false; reason: "invalid"; error: string; fields: Record<string, string> };

/** An answer body as text, parsed and validated; every refusal names what is wrong. */
export function parseAnswer(text: string): ParsedAnswer {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: "malformed", error: "The answer must be a JSON object." };
  }
  const parsed = answerSchema.safeParse(json);
  if (parsed.success) return { ok: true, input: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join(".") || "body"] ??= issue.message;
  return { ok: false, reason: "invalid", error: "The answer is incomplete or malformed.", fields };
}
