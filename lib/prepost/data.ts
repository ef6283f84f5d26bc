import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { isNarrativeCode, NARRATIVE_CODES } from "@/lib/domain/narratives";
import type { BankItem } from "@/lib/prepost/form-builder";
import { isFormName, otherForm, type FormName } from "@/lib/prepost/forms";
import { learningGain, rescaledConfidence, type FormResult, type TraineeForms } from "@/lib/prepost/gain";
import { matchReport } from "@/lib/prepost/match-report";
import { formFor, prePostPhase, type PrePostPhase } from "@/lib/prepost/phase";

const FORM_FIELDS = {
  id: true,
  prePostForm: true,
  opensAt: true,
  closesAt: true,
  scenarios: {
    orderBy: { position: "asc" },
    select: { scenario: { select: { id: true, primaryNarrative: true, correctImplication: true, difficulty: true } } },
  },
} as const;

type FormRow = { id: string; prePostForm: string | null; closesAt: Date; scenarios: { scenario: BankItemRow }[] };
type BankItemRow = { id: string; primaryNarrative: string; correctImplication: string; difficulty: number };

function bankItems(form: FormRow | undefined): BankItem[] {
  return (form?.scenarios ?? []).flatMap(({ scenario }) =>
    isNarrativeCode(scenario.primaryNarrative) ? [{ ...scenario, primaryNarrative: scenario.primaryNarrative }] : [],
  );
}

function formsOf<F extends { prePostForm: string | null }>(forms: readonly F[]): Record<FormName, F> | null {
  const a = forms.find((f) => f.prePostForm === "A");
  const b = forms.find((f) => f.prePostForm === "B");
  return a && b ? { A: a, B: b } : null;
}

/** The class's pre/post assessments, newest first, with how far the trainees have got and how well the forms match. */
export async function listPrePostsForClass(
  klass: OwnedClass,
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
) {
  const prePosts = await db.prePostAssessment.findMany({
    where: { classId: klass.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      counterbalanced: true,
      postOpenedAt: true,
      createdAt: true,
      forms: { select: FORM_FIELDS },
      orders: { select: { userId: true, firstForm: true } },
    },
  });
  const completed = await db.attempt.findMany({
    where: { exercise: { prePostId: { in: prePosts.map((p) => p.id) } }, completedAt: { not: null } },
    select: { userId: true, exerciseId: true },
  });
  return prePosts.flatMap((p) => {
    const forms = formsOf(p.forms);
    if (!forms) return [];
    const done = (form: FormName) =>
      new Set(completed.filter((c) => c.exerciseId === forms[form].id).map((c) => c.userId));
    const took = (role: "pre" | "post") =>
      p.orders.filter((o) => {
        if (!isFormName(o.firstForm)) return false;
        return done(role === "pre" ? o.firstForm : otherForm(o.firstForm)).has(o.userId);
      }).length;
    const pre = took("pre");
    const post = took("post");
    return [
      {
        id: p.id,
        title: p.title,
        counterbalanced: p.counterbalanced,
        postOpenedAt: p.postOpenedAt,
        createdAt: p.createdAt,
        closesAt: forms.A.closesAt,
        phase: prePostPhase({ postOpenedAt: p.postOpenedAt, closesAt: forms.A.closesAt }, now),
        formIds: { A: forms.A.id, B: forms.B.id },
        started: p.orders.length,
        completedPre: pre,
        completedPost: post,
        report: matchReport(bankItems(forms.A), bankItems(forms.B)),
      },
    ];
  });
}
export type ClassPrePost = Awaited<ReturnType<typeof listPrePostsForClass>>[number];

export interface TraineePrePost {
  id: string;
  title: string;
  className: string;
  phase: Exclude<PrePostPhase, "closed">;
  closesAt: Date;
  size: number;
  /** The form's role for this trainee now, and how far they have got with it. */
  current: { role: "pre" | "post"; state: "not-started" | "in-progress" | "completed"; answered: number };
  /** Whether they completed their pre-test (shown in the post-test phase). */
  completedPre: boolean;
}

/** Pre/post assessments of the trainee's active classes that are still open, with where the trainee stands. */
export async function listOpenPrePostsForTrainee(
  userId: string,
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
): Promise<TraineePrePost[]> {
  const prePosts = await db.prePostAssessment.findMany({
    where: {
      class: { members: { some: { userId } }, archivedAt: null },
      forms: { some: { closesAt: { gt: now } } },
    },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      postOpenedAt: true,
      class: { select: { name: true } },
      orders: { where: { userId }, select: { firstForm: true } },
      forms: {
        select: {
          id: true,
          prePostForm: true,
          closesAt: true,
          _count: { select: { scenarios: true } },
          attempts: { where: { userId }, select: { completedAt: true, _count: { select: { answers: true } } } },
        },
      },
    },
  });
  return prePosts.flatMap((p) => {
    const forms = formsOf(p.forms);
    if (!forms) return [];
    const phase = prePostPhase({ postOpenedAt: p.postOpenedAt, closesAt: forms.A.closesAt }, now);
    if (phase === "closed") return [];
    const firstForm = p.orders[0] && isFormName(p.orders[0].firstForm) ? p.orders[0].firstForm : null;
    const attemptAt = (form: FormName | null) => (form ? forms[form].attempts[0] : undefined);
    const current = attemptAt(firstForm ? formFor(phase, firstForm) : null);
    const pre = attemptAt(firstForm);
    return [
      {
        id: p.id,
        title: p.title,
        className: p.class.name,
        phase,
        closesAt: forms.A.closesAt,
        size: forms.A._count.scenarios,
        current: {
          role: phase,
          state: !current ? "not-started" : current.completedAt ? "completed" : "in-progress",
          answered: current?._count.answers ?? 0,
        },
        completedPre: Boolean(pre?.completedAt),
      },
    ];
  });
}

function emptyForm(): FormResult {
  return {
    score: { earned: 0, possible: 0 },
    narratives: Object.fromEntries(
      NARRATIVE_CODES.map((c) => [c, { earned: 0, possible: 0 }]),
    ) as FormResult["narratives"],
    implications: { earned: 0, possible: 0 },
    calibration: { rated: 0, confidence: 0, accuracy: 0 },
  };
}

export interface RatingRow {
  confidence: number;
  pre: { answers: number; points: number };
  post: { answers: number; points: number };
}

/**
 * Everything the learning-gain view needs about one pre/post assessment of the class: each current member's completed
 * forms (a form counts once its attempt is complete), and answers by confidence rating for the calibration table.
 * Null when the assessment is not this class's.
 */
export async function prePostResults(
  klass: OwnedClass,
  prePostId: string,
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
) {
  const prePost = await db.prePostAssessment.findFirst({
    where: { id: prePostId, classId: klass.id },
    select: {
      id: true,
      title: true,
      counterbalanced: true,
      postOpenedAt: true,
      createdAt: true,
      forms: { select: FORM_FIELDS },
      orders: { select: { userId: true, firstForm: true } },
    },
  });
  const forms = prePost ? formsOf(prePost.forms) : null;
  if (!prePost || !forms) return null;
  const formIds = [forms.A.id, forms.B.id];
  const [members, completed, byNarrative, byConfidence] = await Promise.all([
    db.classMember.findMany({
      where: { classId: klass.id },
      orderBy: { joinedAt: "asc" },
      select: { user: { select: { id: true, displayName: true } } },
    }),
    db.attempt.findMany({
      where: { exerciseId: { in: formIds }, completedAt: { not: null } },
      orderBy: [{ completedAt: "asc" }, { id: "asc" }],
      select: { id: true, userId: true, exerciseId: true },
    }),
    db.answer.groupBy({
      by: ["attemptId", "primaryNarrative"],
      where: { exerciseId: { in: formIds } },
      _sum: { points: true, narrativePoints: true, implicationPoints: true },
      _count: { _all: true },
    }),
    db.answer.groupBy({
      by: ["attemptId", "confidence"],
      where: { exerciseId: { in: formIds }, confidence: { not: null } },
      _sum: { points: true },
      _count: { _all: true },
    }),
  ]);

  // One completed attempt per trainee and form: each form allows one, and should two starts have raced, the first
  // to be completed is the one that counts.
  const results = new Map<string, FormResult>();
  const attemptKey = new Map<string, string>();
  const counted = new Set<string>();
  for (const a of completed) {
    const key = `${a.userId}:${a.exerciseId}`;
    if (counted.has(key)) continue;
    counted.add(key);
    attemptKey.set(a.id, key);
  }
  const resultFor = (attemptId: string) => {
    const key = attemptKey.get(attemptId);
    if (!key) return null;
    if (!results.has(key)) results.set(key, emptyForm());
    return results.get(key)!;
  };
  for (const row of byNarrative) {
    const result = resultFor(row.attemptId);
    if (!result || !isNarrativeCode(row.primaryNarrative)) continue;
    const answers = row._count._all;
    result.score.earned += row._sum.points ?? 0;
    result.score.possible += 2 * answers;
    result.narratives[row.primaryNarrative].earned += row._sum.narrativePoints ?? 0;
    result.narratives[row.primaryNarrative].possible += answers;
    result.implications.earned += row._sum.implicationPoints ?? 0;
    result.implications.possible += answers;
  }
  for (const row of byConfidence) {
    const result = resultFor(row.attemptId);
    if (!result || row.confidence === null) continue;
    result.calibration.rated += row._count._all;
    result.calibration.confidence += rescaledConfidence(row.confidence) * row._count._all;
    result.calibration.accuracy += (row._sum.points ?? 0) / 2;
  }

  const orders = new Map(prePost.orders.flatMap((o) => (isFormName(o.firstForm) ? [[o.userId, o.firstForm]] : [])));
  const trainees: TraineeForms[] = members.flatMap(({ user }) => {
    const firstForm = orders.get(user.id);
    if (!firstForm) return [];
    const take = (form: FormName) => results.get(`${user.id}:${forms[form].id}`) ?? null;
    return [
      { userId: user.id, name: user.displayName, firstForm, pre: take(firstForm), post: take(otherForm(firstForm)) },
    ];
  });

  // Answers by confidence rating, pre and post, of the trainees who took both forms.
  const paired = new Map(trainees.filter((t) => t.pre && t.post).map((t) => [t.userId, t.firstForm]));
  const byAttempt = new Map(completed.map((a) => [a.id, a]));
  const ratings = new Map<number, RatingRow>();
  for (const row of byConfidence) {
    const attempt = attemptKey.has(row.attemptId) ? byAttempt.get(row.attemptId) : undefined;
    const firstForm = attempt?.userId ? paired.get(attempt.userId) : undefined;
    if (!attempt || !firstForm || row.confidence === null) continue;
    const role = attempt.exerciseId === forms[firstForm].id ? "pre" : "post";
    const rating = ratings.get(row.confidence) ?? {
      confidence: row.confidence,
      pre: { answers: 0, points: 0 },
      post: { answers: 0, points: 0 },
    };
    rating[role].answers += row._count._all;
    rating[role].points += row._sum.points ?? 0;
    ratings.set(row.confidence, rating);
  }

  return {
    id: prePost.id,
    title: prePost.title,
    counterbalanced: prePost.counterbalanced,
    postOpenedAt: prePost.postOpenedAt,
    closesAt: forms.A.closesAt,
    phase: prePostPhase({ postOpenedAt: prePost.postOpenedAt, closesAt: forms.A.closesAt }, now),
    size: forms.A.scenarios.length,
    report: matchReport(bankItems(forms.A), bankItems(forms.B)),
    trainees,
    ratings: [...ratings.values()].sort((a, b) => a.confidence - b.confidence),
  };
}
export type PrePostResults = NonNullable<Awaited<ReturnType<typeof prePostResults>>>;

/** The ids of the class's pre/post assessments, newest first. */
export async function prePostIdsForClass(klass: OwnedClass, db: PrismaClient = defaultClient): Promise<string[]> {
  const rows = await db.prePostAssessment.findMany({
    where: { classId: klass.id },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** For the dashboard: each pre/post assessment of the class with its class-level figures. */
export async function gainSummaries(klass: OwnedClass, now: Date = new Date(), db: PrismaClient = defaultClient) {
  const summaries = [];
  for (const id of await prePostIdsForClass(klass, db)) {
    const results = await prePostResults(klass, id, now, db);
    if (!results) continue;
    const gain = learningGain(results.trainees);
    summaries.push({
      id,
      title: results.title,
      phase: results.phase,
      counts: gain.counts,
      score: gain.score,
      gainOfMeans: gain.gainOfMeans,
    });
  }
  return summaries;
}
export type GainSummary = Awaited<ReturnType<typeof gainSummaries>>[number];
