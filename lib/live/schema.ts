import { z } from "zod";
import { IMPLICATION_CODES } from "@/lib/domain/implications";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import { formList, idSchema, visibleText } from "@/lib/forms/fields";

// Browser-safe: the live session's phases, the educator's commands and every input, shared by forms, routes and clients.

/**
 * LOBBY: the PIN is up, trainees join. ANSWERING: a scenario is open. PAUSED: answering frozen for a discussion.
 * CLOSED: answers are in, the class's choices shown without the key. REVEALED: the key and the discussion. ENDED.
 */
export const LIVE_PHASES = ["LOBBY", "ANSWERING", "PAUSED", "CLOSED", "REVEALED", "ENDED"] as const;
export type LivePhase = (typeof LIVE_PHASES)[number];

export const LIVE_COMMANDS = [
  "open",
  "close",
  "reveal",
  "next",
  "end",
  "pause",
  "resume",
  "setTimer",
  "extendTimer",
  "stopTimer",
] as const;
export type LiveCommand = (typeof LIVE_COMMANDS)[number];

export const MAX_LIVE_SCENARIOS = 40;
export const TIMER_SECONDS = { min: 10, max: 30 * 60 } as const;
export const EXTEND_SECONDS = 30;

export const startLiveSessionSchema = z
  .object({
    classId: idSchema,
    title: visibleText(100),
    source: z.enum(["exercise", "choose"], { error: "Choose where the scenarios come from" }),
    exerciseId: idSchema.optional().or(z.literal("").transform(() => undefined)),
    scenarioIds: formList(
      z
        .array(idSchema)
        .max(MAX_LIVE_SCENARIOS, `Choose at most ${MAX_LIVE_SCENARIOS} scenarios`)
        .refine((ids) => new Set(ids).size === ids.length, "A scenario is chosen twice"),
    ),
  })
  .superRefine((input, ctx) => {
    if (input.source === "exercise" && !input.exerciseId) {
      ctx.addIssue({ code: "custom", path: ["exerciseId"], message: "Choose an exercise" });
    }
    if (input.source === "choose" && input.scenarioIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["scenarioIds"], message: "Choose at least one scenario" });
    }
  });
export type StartLiveSessionInput = z.infer<typeof startLiveSessionSchema>;

// Six digits: easy to read off a projector and type on a phone; wrong guesses are rate-limited per address.
export const PIN_LENGTH = 6;
export const pinSchema = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(new RegExp(`^\\d{${PIN_LENGTH}}$`), `A PIN has ${PIN_LENGTH} digits`));

export const joinByPinSchema = z.object({ pin: pinSchema });
export const joinLiveSessionInput = z.object({ sessionId: idSchema });

export const MAX_CONTROL_BODY_BYTES = 1024;
export const controlSchema = z.strictObject({
  command: z.enum(LIVE_COMMANDS, { error: "Unknown command" }),
  /** The state version the educator's screen showed: a command aimed at an older state is refused. */
  version: z.number().int().min(1).optional(),
  seconds: z.number().int().min(TIMER_SECONDS.min).max(TIMER_SECONDS.max).optional(),
});
export type ControlInput = z.infer<typeof controlSchema>;

export const MAX_LIVE_ANSWER_BODY_BYTES = 2048;
export const liveAnswerSchema = z.strictObject({
  scenarioId: idSchema,
  narrative: z.enum(NARRATIVE_CODES, { error: "Choose one of the four narratives" }),
  implication: z.enum(IMPLICATION_CODES, { error: "Choose one of the policy implications" }),
  confidence: z.number().int().min(1).max(5).nullable().optional(),
  idempotencyKey: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, "idempotencyKey must be URL-safe"),
});
export type LiveAnswerInput = z.infer<typeof liveAnswerSchema>;

export type ParsedBody<T> =
  | { ok: true; input: T }
  | { ok: false; reason: "malformed"; error: string }
  | { ok: false; reason: "invalid"; error: string; fields: Record<string, string> };

/** A JSON body as text, parsed and validated; every refusal names what is wrong. */
export function parseBody<T>(schema: z.ZodType<T>, text: string, what: string): ParsedBody<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: "malformed", error: `The ${what} must be a JSON object.` };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, input: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join(".") || "body"] ??= issue.message;
  return { ok: false, reason: "invalid", error: `The ${what} is incomplete or malformed.`, fields };
}
