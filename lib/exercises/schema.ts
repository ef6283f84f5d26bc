import { z } from "zod";
import { formList, idSchema, visibleText } from "@/lib/forms/fields";

// Browser-safe: shared by the exercise form and its server action.
export const EXERCISE_MODES = ["PRACTICE", "ASSESSMENT"] as const;
export const MAX_EXERCISE_SCENARIOS = 40;

const instant = z.iso.datetime({ offset: true, message: "Enter a date and time" }).transform((v) => new Date(v));

export const createExerciseSchema = z
  .object({
    classId: idSchema,
    title: visibleText(100),
    scenarioIds: formList(
      z
        .array(idSchema)
        .min(1, "Choose at least one scenario")
        .max(MAX_EXERCISE_SCENARIOS, `Choose at most ${MAX_EXERCISE_SCENARIOS} scenarios`)
        .refine((ids) => new Set(ids).size === ids.length, "A scenario is chosen twice"),
    ),
    mode: z.enum(EXERCISE_MODES, { error: "Choose a mode" }),
    opensAt: instant,
    closesAt: instant,
    attemptsAllowed: z.coerce
      .number()
      .int("Enter a whole number")
      .min(1, "Allow at least one attempt")
      .max(10, "Allow at most 10 attempts"),
  })
  .refine((e) => e.closesAt > e.opensAt, {
    path: ["closesAt"],
    message: "The closing time must be after the opening time",
  });
export type CreateExerciseInput = z.infer<typeof createExerciseSchema>;
