import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { isUniqueViolation } from "@/lib/db/errors";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { isNarrativeCode } from "@/lib/domain/narratives";
import { scenarioIdsRefusal } from "@/lib/exercises/mutations";
import { startPrePostFormAttempt, type StartExerciseResult } from "@/lib/practice/mutations";
import type { BankItem } from "@/lib/prepost/form-builder";
import { FORM_NAMES, isFormName, type FormName } from "@/lib/prepost/forms";
import { parallelFormsProblem } from "@/lib/prepost/match-report";
import { assignFirstForm, formFor, prePostPhase } from "@/lib/prepost/phase";
import type { CreatePrePostInput } from "@/lib/prepost/schema";
import { newSeed, seededRandom } from "@/lib/random";

export type CreatePrePostResult =
  | { ok: true; prePostId: string }
  | { ok: false; reason: "unknown-scenarios" | "excluded-scenarios" | "not-parallel"; field: string; error: string };

/**
 * Creates a pre/post assessment on the educator's own class: two assessment exercises (forms A and B), pinned to the
 * current version of each scenario, both open from now until `closesAt`, one attempt each. Which form a trainee may
 * start, and when, is the assessment's to decide (startPrePostForm). The forms are checked here as they would be
 * built: in the bank, allowed for the class, no scenario in both, each balanced across the narratives.
 */
export async function createPrePost(
  klass: OwnedClass,
  input: Omit<CreatePrePostInput, "classId">,
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
): Promise<CreatePrePostResult> {
  const ids = [...input.formA, ...input.formB];
  if (new Set(ids).size !== ids.length) {
    return { ok: false, reason: "not-parallel", field: "formB", error: "No scenario may appear in both forms." };
  }
  const refusal = await scenarioIdsRefusal(klass, ids, db);
  if (refusal) return { ...refusal, field: "formA" };
  const rows = await db.scenario.findMany({
    where: { id: { in: ids } },
    select: { id: true, primaryNarrative: true, correctImplication: true, difficulty: true },
  });
  const byId = new Map(
    rows.flatMap((r): [string, BankItem][] =>
      isNarrativeCode(r.primaryNarrative) ? [[r.id, { ...r, primaryNarrative: r.primaryNarrative }]] : [],
    ),
  );
  const items = (form: readonly string[]) => form.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const problem = parallelFormsProblem(items(input.formA), items(input.formB));
  if (problem) return { ok: false, reason: "not-parallel", field: "formB", error: problem };

  const prePost = await db.$transaction(async (tx) => {
    const created = await tx.prePostAssessment.create({
      data: { classId: klass.id, title: input.title, counterbalanced: input.counterbalanced },
      select: { id: true },
    });
    for (const form of FORM_NAMES) {
      const scenarioIds = form === "A" ? input.formA : input.formB;
      await tx.exercise.create({
        data: {
          classId: klass.id,
          title: `${input.title}: form ${form}`,
          mode: "ASSESSMENT",
          opensAt: now,
          closesAt: input.closesAt,
          attemptsAllowed: 1,
          prePostId: created.id,
          prePostForm: form,
          scenarios: { create: scenarioIds.map((scenarioId, position) => ({ scenarioId, position })) },
        },
      });
    }
    return created;
  });
  return { ok: true, prePostId: prePost.id };
}

export type OpenPostTestResult = { ok: true } | { ok: false; reason: "not-found" | "already-open" | "closed" };

/**
 * Opens the post-test of a pre/post assessment of the educator's own class, which closes the pre-test: unfinished
 * pre-tests accept no more answers from this moment.
 */
export async function openPostTest(
  educatorId: string,
  classId: string,
  prePostId: string,
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
): Promise<OpenPostTestResult> {
  const where = { id: prePostId, classId, class: { educatorId } };
  const opened = await db.prePostAssessment.updateMany({
    where: { ...where, postOpenedAt: null, forms: { every: { closesAt: { gt: now } } } },
    data: { postOpenedAt: now },
  });
  if (opened.count === 1) return { ok: true };
  const found = await db.prePostAssessment.findFirst({ where, select: { postOpenedAt: true } });
  if (!found) return { ok: false, reason: "not-found" };
  return { ok: false, reason: found.postOpenedAt ? "already-open" : "closed" };
}

// Records the trainee's first form once; a concurrent first start by the same trainee keeps the row that won.
async function firstFormOf(
  db: PrismaClient,
  prePost: { id: string; counterbalanced: boolean },
  userId: string,
  random: () => number,
): Promise<FormName> {
  const existing = await db.prePostOrder.findUnique({
    where: { prePostId_userId: { prePostId: prePost.id, userId } },
    select: { firstForm: true },
  });
  if (existing && isFormName(existing.firstForm)) return existing.firstForm;
  const halves = await db.prePostOrder.groupBy({ by: ["firstForm"], where: { prePostId: prePost.id }, _count: true });
  const startedFirst = { A: 0, B: 0 };
  for (const half of halves) if (isFormName(half.firstForm)) startedFirst[half.firstForm] = half._count;
  const firstForm = assignFirstForm(prePost.counterbalanced, startedFirst, random);
  try {
    await db.prePostOrder.create({ data: { prePostId: prePost.id, userId, firstForm } });
    return firstForm;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.prePostOrder.findUniqueOrThrow({
      where: { prePostId_userId: { prePostId: prePost.id, userId } },
    });
    return isFormName(winner.firstForm) ? winner.firstForm : "A";
  }
}

export type StartPrePostResult = StartExerciseResult | { ok: false; reason: "not-found" | "closed"; error: string };

/**
 * Starts (or resumes) the form that is the trainee's now: their first form while the pre-test runs, the other once the
 * post-test is open. The first start fixes which form is first, keeping the halves of the class even.
 */
export async function startPrePostForm(
  userId: string,
  prePostId: string,
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
  seed: number = newSeed(),
): Promise<StartPrePostResult> {
  const prePost = await db.prePostAssessment.findFirst({
    where: { id: prePostId, class: { members: { some: { userId } }, archivedAt: null } },
    select: {
      id: true,
      counterbalanced: true,
      postOpenedAt: true,
      forms: { select: { id: true, prePostForm: true, closesAt: true } },
    },
  });
  const formA = prePost?.forms.find((f) => f.prePostForm === "A");
  if (!prePost || !formA) return { ok: false, reason: "not-found", error: "No such assessment in your classes." };
  const phase = prePostPhase({ postOpenedAt: prePost.postOpenedAt, closesAt: formA.closesAt }, now);
  if (phase === "closed") return { ok: false, reason: "closed", error: "This assessment has closed." };
  const firstForm = await firstFormOf(db, prePost, userId, seededRandom(seed));
  const form = prePost.forms.find((f) => f.prePostForm === formFor(phase, firstForm));
  if (!form) return { ok: false, reason: "not-found", error: "No such assessment in your classes." };
  return startPrePostFormAttempt(userId, form.id, now, db, seed);
}
