import { beforeAll, describe, expect, it } from "vitest";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma } from "@/lib/db/prisma";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import { createPrePost, openPostTest, startPrePostForm } from "@/lib/prepost/mutations";
import { rawClassReport } from "@/lib/reports/data";
import { deidentifiedReport } from "@/lib/reports/report";
import { educatorWithClass, seedFixtureBank, traineeIn } from "@/tests/support/factories";
import { answerAll, fixtureForms, type Outcome } from "@/tests/support/prepost";

// A class takes a pre/post assessment of two forms of four scenarios, one per narrative; every post-test is all right.
async function classTaking(name: string, preOutcomes: Outcome[]) {
  const { educator, klass } = await educatorWithClass(prisma, name);
  const created = await createPrePost(klass, {
    title: "Autumn",
    ...(await fixtureForms(prisma)),
    counterbalanced: true,
    closesAt: new Date(Date.now() + 86_400_000),
  });
  if (!created.ok) throw new Error(created.error);
  const users: string[] = [];
  for (const [i, outcome] of preOutcomes.entries()) {
    const userId = await traineeIn(klass, `Named Trainee ${name} ${i}`);
    users.push(userId);
    const started = await startPrePostForm(userId, created.prePostId);
    if (!started.ok) throw new Error(started.error);
    await answerAll(userId, started.attemptId, outcome);
  }
  await openPostTest(educator.id, klass.id, created.prePostId);
  for (const userId of users) {
    const started = await startPrePostForm(userId, created.prePostId);
    if (!started.ok) throw new Error(started.error);
    await answerAll(userId, started.attemptId, "both");
  }
  return klass;
}

let five: OwnedClass;
let two: OwnedClass;

beforeAll(async () => {
  await seedFixtureBank(prisma);
  // Pre-tests: 0.5, 0.5, 0, 0, 1; post-tests all 1. Differences 0.5, 0.5, 1, 1, 0: mean 0.6; gain of the means
  // (1 − 0.4) / (1 − 0.4) = 1. The mean of individual gains is over four trainees (one perfect pre-test).
  five = await classTaking("Five", ["narrative", "narrative", "none", "none", "both"]);
  two = await classTaking("Two", ["narrative", "none"]);
});

describe("the class report", () => {
  it("shows figures drawn from at least five trainees", async () => {
    const report = deidentifiedReport(await rawClassReport(five), 5);
    expect(report.members).toEqual({ shown: true, value: 5, trainees: 5 });
    expect(report.answering).toMatchObject({ shown: true, value: { trainees: 5, answers: 40 } });
    expect(report.exercises.map((e) => e.completed)).toEqual([
      { shown: true, value: 5, trainees: 5 },
      { shown: true, value: 5, trainees: 5 },
    ]);
    // Per narrative, each trainee answered two scenarios: 8 of 10 narrative points (the two "none" pre-tests miss one).
    expect(report.narratives.map((n) => n.accuracy)).toEqual(
      NARRATIVE_CODES.map(() => ({ shown: true, value: 0.8, trainees: 5 })),
    );
    expect(report.implications.every((i) => i.accuracy.shown && i.accuracy.trainees === 5)).toBe(true);
    const [gain] = report.prePosts;
    expect(gain!.paired.shown).toBe(true);
    if (!gain!.paired.shown) return;
    expect(gain!.paired.value.score).toMatchObject({ n: 5, meanPre: 0.4, meanPost: 1 });
    expect(gain!.paired.value.score!.meanDifference).toBeCloseTo(0.6, 10);
    expect(gain!.paired.value.gainOfMeans).toBeCloseTo(1, 10);
  });

  it("withholds each cell drawn from fewer than five trainees, and says it did", async () => {
    const report = deidentifiedReport(await rawClassReport(five), 5);
    const narrative = NARRATIVE_CODES[0]!;
    // Ten answers on this narrative (two per trainee): the two "none" pre-tests chose one wrong narrative.
    expect(report.confusion[narrative][narrative]).toEqual({ shown: true, value: 8, trainees: 5 });
    const wrong = NARRATIVE_CODES.find((c) => c !== narrative)!;
    expect(report.confusion[narrative][wrong]).toEqual({ shown: false, trainees: 2 });
    expect(report.prePosts[0]!.meanOfGains).toEqual({ shown: false, trainees: 4 });
    expect(report.suppressedAny).toBe(true);
  });

  it("withholds everything about a class of fewer than five, and names nobody", async () => {
    const report = deidentifiedReport(await rawClassReport(two), 5);
    expect(report.members).toEqual({ shown: false, trainees: 2 });
    expect(report.answering.shown).toBe(false);
    expect(report.narratives.every((n) => !n.accuracy.shown)).toBe(true);
    expect(report.prePosts[0]!.paired).toEqual({ shown: false, trainees: 2 });
    expect(JSON.stringify(report)).not.toMatch(/Named Trainee/);
    expect(JSON.stringify(deidentifiedReport(await rawClassReport(five), 5))).not.toMatch(/Named Trainee/);
  });

  it("follows the deployment's threshold", async () => {
    const report = deidentifiedReport(await rawClassReport(two), 2);
    expect(report.members).toEqual({ shown: true, value: 2, trainees: 2 });
    expect(report.prePosts[0]!.paired.shown).toBe(true);
  });
});
