import { beforeAll, describe, expect, it } from "vitest";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma } from "@/lib/db/prisma";
import { listOpenExercisesForTrainee } from "@/lib/exercises/data";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import { findAttemptForUser, listAttemptHistory } from "@/lib/practice/data";
import { startExerciseAttempt } from "@/lib/practice/mutations";
import { listOpenPrePostsForTrainee, listPrePostsForClass, prePostResults } from "@/lib/prepost/data";
import { learningGain } from "@/lib/prepost/gain";
import { classGainCsv, traineeGainCsv } from "@/lib/prepost/gain-csv";
import { createPrePost, openPostTest, startPrePostForm } from "@/lib/prepost/mutations";
import { removeMember } from "@/lib/classes/mutations";
import { answerFor, createUser, educatorWithClass, seedFixtureBank, traineeIn } from "@/tests/support/factories";
import { answerAll, fixtureForms } from "@/tests/support/prepost";

const DAY = 86_400_000;
let forms: { formA: string[]; formB: string[] };

beforeAll(async () => {
  await seedFixtureBank(prisma);
  forms = await fixtureForms(prisma);
});

async function prePostFor(klass: OwnedClass, counterbalanced = true, title = "Term one") {
  const created = await createPrePost(klass, {
    title,
    ...forms,
    counterbalanced,
    closesAt: new Date(Date.now() + DAY),
  });
  if (!created.ok) throw new Error(created.error);
  return created.prePostId;
}

async function start(userId: string, prePostId: string) {
  const started = await startPrePostForm(userId, prePostId);
  if (!started.ok) throw new Error(started.error);
  return started.attemptId;
}

const formOf = async (attemptId: string) =>
  (await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { exercise: true } })).exercise!
    .prePostForm;

describe("creating a pre/post assessment", () => {
  it("makes two assessment exercises pinned to the forms, open now until the close, one attempt each", async () => {
    const { klass } = await educatorWithClass(prisma);
    const prePostId = await prePostFor(klass);
    const exercises = await prisma.exercise.findMany({
      where: { prePostId },
      orderBy: { prePostForm: "asc" },
      include: { scenarios: { orderBy: { position: "asc" } } },
    });
    expect(exercises.map((e) => [e.title, e.mode, e.attemptsAllowed, e.prePostForm])).toEqual([
      ["Term one: form A", "ASSESSMENT", 1, "A"],
      ["Term one: form B", "ASSESSMENT", 1, "B"],
    ]);
    expect(exercises[0]!.scenarios.map((s) => s.scenarioId)).toEqual(forms.formA);
    expect(exercises[1]!.scenarios.map((s) => s.scenarioId)).toEqual(forms.formB);
    const [listed] = await listPrePostsForClass(klass);
    expect(listed).toMatchObject({ phase: "pre", started: 0, report: { size: 4 } });
    expect(listed!.report.narratives.every((n) => n.a === 1 && n.b === 1)).toBe(true);
  });

  it("refuses overlapping, unbalanced or unknown forms and creates nothing", async () => {
    const { klass } = await educatorWithClass(prisma);
    const closesAt = new Date(Date.now() + DAY);
    const base = { title: "Bad", counterbalanced: false, closesAt };
    const overlap = await createPrePost(klass, {
      ...base,
      formA: forms.formA,
      formB: [...forms.formB.slice(1), forms.formA[0]!],
    });
    expect(overlap).toMatchObject({ ok: false, reason: "not-parallel" });
    const unbalanced = await createPrePost(klass, {
      ...base,
      formA: forms.formA,
      formB: [forms.formB[0]!, forms.formB[0]!.replace(/./, "x"), ...forms.formB.slice(2)],
    });
    expect(unbalanced).toMatchObject({ ok: false, reason: "unknown-scenarios" });
    const { formA: twoEach } = await fixtureForms(prisma, 2);
    const lopsided = await createPrePost(klass, { ...base, formA: forms.formA, formB: twoEach.slice(0, 4) });
    expect(lopsided).toMatchObject({ ok: false, reason: "not-parallel" });
    expect(await prisma.prePostAssessment.count({ where: { classId: klass.id } })).toBe(0);
    expect(await prisma.exercise.count({ where: { classId: klass.id } })).toBe(0);
  });
});

describe("taking a pre/post assessment", () => {
  it("balances the first forms as trainees arrive, and puts everyone on form A when not counterbalanced", async () => {
    const { klass } = await educatorWithClass(prisma);
    const balanced = await prePostFor(klass, true);
    const plain = await prePostFor(klass, false, "Plain");
    const firsts = [];
    const plainFirsts = [];
    for (let i = 0; i < 6; i++) {
      const userId = await traineeIn(klass, `T${i}`);
      firsts.push(await formOf(await start(userId, balanced)));
      plainFirsts.push(await formOf(await start(userId, plain)));
    }
    expect(firsts.filter((f) => f === "A")).toHaveLength(3);
    expect(new Set(plainFirsts)).toEqual(new Set(["A"]));
  });

  it("keeps each trainee's order: the first form in the pre-test, the other once the post-test opens", async () => {
    const { educator, klass } = await educatorWithClass(prisma);
    const prePostId = await prePostFor(klass);
    const userId = await traineeIn(klass);
    const pre = await start(userId, prePostId);
    expect(await start(userId, prePostId)).toBe(pre);
    const first = await formOf(pre);
    await answerAll(userId, pre, "both");
    expect(await startPrePostForm(userId, prePostId)).toMatchObject({ ok: false, reason: "no-attempts-left" });
    expect((await listOpenPrePostsForTrainee(userId))[0]).toMatchObject({
      current: { role: "pre", state: "completed" },
    });
    expect(await openPostTest(educator.id, klass.id, prePostId)).toEqual({ ok: true });
    const post = await start(userId, prePostId);
    expect(await formOf(post)).not.toBe(first);
    expect((await listOpenPrePostsForTrainee(userId))[0]).toMatchObject({
      current: { role: "post", state: "in-progress", answered: 0 },
      completedPre: true,
    });
  });

  it("cannot be started as a plain exercise, and is not listed among the trainee's exercises", async () => {
    const { klass } = await educatorWithClass(prisma);
    const prePostId = await prePostFor(klass);
    const userId = await traineeIn(klass);
    const formB = await prisma.exercise.findFirstOrThrow({ where: { prePostId, prePostForm: "B" } });
    const formA = await prisma.exercise.findFirstOrThrow({ where: { prePostId, prePostForm: "A" } });
    expect(await startExerciseAttempt(userId, formA.id)).toMatchObject({ ok: false, reason: "not-found" });
    expect(await startExerciseAttempt(userId, formB.id)).toMatchObject({ ok: false, reason: "not-found" });
    expect(await listOpenExercisesForTrainee(userId)).toEqual([]);
    expect(await prisma.attempt.count({ where: { userId } })).toBe(0);
  });

  it("refuses outsiders and closed assessments", async () => {
    const { klass } = await educatorWithClass(prisma);
    const prePostId = await prePostFor(klass);
    const outsider = await createUser(prisma);
    expect(await startPrePostForm(outsider.id, prePostId)).toMatchObject({ ok: false, reason: "not-found" });
    const userId = await traineeIn(klass);
    await prisma.exercise.updateMany({ where: { prePostId }, data: { closesAt: new Date(Date.now() - 1000) } });
    expect(await startPrePostForm(userId, prePostId)).toMatchObject({ ok: false, reason: "closed" });
    expect(await prisma.prePostOrder.count({ where: { prePostId } })).toBe(0);
  });

  it("closes an unfinished pre-test when the post-test opens, and holds feedback until the forms close", async () => {
    const { educator, klass } = await educatorWithClass(prisma);
    const prePostId = await prePostFor(klass);
    const userId = await traineeIn(klass);
    const pre = await start(userId, prePostId);
    const [first, second] = (await findAttemptForUser(pre, userId))!.items;
    const during = await recordAnswer(userId, pre, answerFor(first!));
    expect(during).toMatchObject({ ok: true, feedback: null });
    await openPostTest(educator.id, klass.id, prePostId);
    const late = await recordAnswer(userId, pre, answerFor(second!));
    expect(late).toMatchObject({
      ok: false,
      reason: "closed",
      message: expect.stringMatching(/^This pre-test closed when the post-test opened on /),
    });
    expect(await prisma.answer.count({ where: { attemptId: pre } })).toBe(1);
    // The post-test takes answers, without feedback while open.
    const post = await start(userId, prePostId);
    const postItem = (await findAttemptForUser(post, userId))!.items[0]!;
    expect(await recordAnswer(userId, post, answerFor(postItem))).toMatchObject({ ok: true, feedback: null });
  });

  it("shows a trainee none of their results on their progress page until the forms close", async () => {
    const { klass } = await educatorWithClass(prisma);
    const prePostId = await prePostFor(klass);
    const userId = await traineeIn(klass);
    await answerAll(userId, await start(userId, prePostId), "both");
    expect(await listAttemptHistory(userId)).toEqual([]);
    await prisma.exercise.updateMany({ where: { prePostId }, data: { closesAt: new Date(Date.now() - 1000) } });
    expect((await listAttemptHistory(userId)).map((a) => a.answers.length)).toEqual([4]);
  });

  it("opens the post-test once, only for the class's own educator, and not after the close", async () => {
    const { educator, klass } = await educatorWithClass(prisma);
    const prePostId = await prePostFor(klass);
    const other = await educatorWithClass(prisma);
    expect(await openPostTest(other.educator.id, klass.id, prePostId)).toEqual({ ok: false, reason: "not-found" });
    expect(await openPostTest(other.educator.id, other.klass.id, prePostId)).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect((await prisma.prePostAssessment.findUniqueOrThrow({ where: { id: prePostId } })).postOpenedAt).toBeNull();
    expect(await openPostTest(educator.id, klass.id, prePostId)).toEqual({ ok: true });
    expect(await openPostTest(educator.id, klass.id, prePostId)).toEqual({ ok: false, reason: "already-open" });
    const closed = await prePostFor(klass, true, "Closed");
    await prisma.exercise.updateMany({ where: { prePostId: closed }, data: { closesAt: new Date(Date.now() - 1000) } });
    expect(await openPostTest(educator.id, klass.id, closed)).toEqual({ ok: false, reason: "closed" });
  });
});

describe("learning gain from the database, against hand-computed figures", () => {
  // Forms of 4 scenarios (8 points). Ada: pre all narrative-only (4/8 = 0.5), post all right (1): gain 1.
  // Ben: pre nothing (0), post all right (1): gain 1. Cy: pre only (all right). Dee: started, finished nothing.
  // Eve took both but left the class: not counted. Paired differences 0.5 and 1: mean 0.75, SD 0.353553,
  // SE 0.25, t(0.975, 1) = 12.706205: CI 0.75 ± 3.176551. Means 0.25 → 1: gain of the means 1.
  let klass: OwnedClass;
  let prePostId: string;

  beforeAll(async () => {
    let educator;
    ({ educator, klass } = await educatorWithClass(prisma, "Gain"));
    prePostId = await prePostFor(klass);
    const ids: Record<string, string> = {};
    for (const name of ["Ada", "Ben", "Cy", "Dee", "Eve"]) ids[name] = await traineeIn(klass, name);
    await answerAll(ids.Ada!, await start(ids.Ada!, prePostId), "narrative", 5);
    await answerAll(ids.Ben!, await start(ids.Ben!, prePostId), "none", 1);
    await answerAll(ids.Cy!, await start(ids.Cy!, prePostId), "both");
    await start(ids.Dee!, prePostId);
    await answerAll(ids.Eve!, await start(ids.Eve!, prePostId), "none");
    await openPostTest(educator.id, klass.id, prePostId);
    await answerAll(ids.Ada!, await start(ids.Ada!, prePostId), "both", 5);
    await answerAll(ids.Ben!, await start(ids.Ben!, prePostId), "both", 5);
    await answerAll(ids.Eve!, await start(ids.Eve!, prePostId), "both");
    const eve = await prisma.classMember.findFirstOrThrow({ where: { classId: klass.id, userId: ids.Eve } });
    await removeMember(educator.id, klass.id, eve.id);
  });

  it("counts the current members who completed both forms", async () => {
    const results = (await prePostResults(klass, prePostId))!;
    const gain = learningGain(results.trainees);
    expect(gain.counts).toMatchObject({ both: 2, "pre-only": 1, neither: 1, total: 4 });
    const rows = Object.fromEntries(gain.trainees.map((t) => [t.name, t]));
    expect(rows.Ada).toMatchObject({ pre: 0.5, post: 1, difference: 0.5, gain: 1 });
    expect(rows.Ben).toMatchObject({ pre: 0, post: 1, difference: 1, gain: 1 });
    expect(rows.Cy).toMatchObject({ status: "pre-only", pre: 1, gain: null });
    expect(rows.Eve).toBeUndefined();
  });

  it("gives the class's means, gain and interval", async () => {
    const gain = learningGain((await prePostResults(klass, prePostId))!.trainees);
    expect(gain.score).toMatchObject({ n: 2, meanPre: 0.25, meanPost: 1, meanDifference: 0.75 });
    expect(gain.score!.ci!.low).toBeCloseTo(0.75 - 3.176551, 5);
    expect(gain.score!.ci!.high).toBeCloseTo(0.75 + 3.176551, 5);
    expect(gain.gainOfMeans).toBe(1);
    expect(gain.meanOfGains).toEqual({ mean: 1, n: 2, perfectPre: 0 });
    // Implications: both 0 → 1; narratives: Ada 1 → 1, Ben 0 → 1 on each.
    expect(gain.implications).toMatchObject({ meanPre: 0, meanPost: 1 });
    expect(gain.narratives[0]!.summary).toMatchObject({ meanPre: 0.5, meanPost: 1 });
  });

  it("gives calibration: Ada over-confident before (gap 0.5), Ben even (rating 1, nothing right); both even after", async () => {
    const results = (await prePostResults(klass, prePostId))!;
    const gain = learningGain(results.trainees);
    expect(gain.calibration.summary).toMatchObject({ n: 2, meanPre: 0.25, meanPost: 0, meanDifference: -0.25 });
    expect(results.ratings).toEqual([
      { confidence: 1, pre: { answers: 4, points: 0 }, post: { answers: 0, points: 0 } },
      { confidence: 5, pre: { answers: 4, points: 4 }, post: { answers: 8, points: 16 } },
    ]);
  });

  it("exports the trainees and the class as CSV", async () => {
    const results = (await prePostResults(klass, prePostId))!;
    const trainees = traineeGainCsv(results).slice(1).trimEnd().split("\r\n");
    // Every cell is quoted (lib/dashboards/csv.ts).
    expect(trainees[0]).toMatch(
      /^"trainee","first_form","took","pre_score","post_score","difference","normalised_gain",/,
    );
    expect(trainees.find((l) => l.startsWith('"Ada",'))).toMatch(/^"Ada","[AB]","both","0\.5","1","0\.5","1",/);
    expect(trainees.find((l) => l.startsWith('"Cy",'))).toMatch(/^"Cy","[AB]","pre-only","1","","","",/);
    const byClass = classGainCsv(results).slice(1).trimEnd().split("\r\n");
    expect(byClass[1]).toBe('"score","2","0.25","1","0.75","-2.4266","3.9266"');
  });

  it("is not readable through another class", async () => {
    const other = await educatorWithClass(prisma);
    expect(await prePostResults(other.klass, prePostId)).toBeNull();
  });
});
