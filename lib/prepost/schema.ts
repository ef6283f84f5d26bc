import { z } from "zod";
import { MAX_EXERCISE_SCENARIOS } from "@/lib/exercises/schema";
import { formList, idSchema, visibleText } from "@/lib/forms/fields";
import { MIN_FORM_SIZE } from "@/lib/prepost/forms";

// Browser-safe: shared by the pre/post forms and their server actions.
export const MAX_FORM_SIZE = MAX_EXERCISE_SCENARIOS;
export const DEFAULT_FORM_SIZE = 8;
export const NOT_YOUR_PRE_POST = "That pre/post assessment does not exist or is not yours.";
export const NO_SUCH_PRE_POST = "No such pre/post assessment in your classes.";

const formIds = (form: "A" | "B") =>
  formList(
    z
      .array(idSchema)
      .min(MIN_FORM_SIZE, `Build the forms first: form ${form} needs at least ${MIN_FORM_SIZE} scenarios`)
      .max(MAX_FORM_SIZE, `Form ${form} may hold at most ${MAX_FORM_SIZE} scenarios`),
  );

export const createPrePostSchema = z
  .object({
    classId: idSchema,
    title: visibleText(80),
    formA: formIds("A"),
    formB: formIds("B"),
    // A checkbox: sent as "true" when ticked, absent otherwise.
    counterbalanced: z.preprocess((v) => v === "true", z.boolean()),
    closesAt: z.iso
      .datetime({ offset: true, message: "Enter a date and time" })
      .transform((v) => new Date(v))
      .refine((d) => d.getTime() > Date.now(), "The closing time must be in the future"),
  })
  .refine((p) => p.formA.length === p.formB.length, {
    path: ["formB"],
    message: "The two forms must hold the same number of scenarios",
  });
export type CreatePrePostInput = z.infer<typeof createPrePostSchema>;

export const prePostInput = z.object({ classId: idSchema, prePostId: idSchema });
export const startPrePostInput = z.object({ prePostId: idSchema });
