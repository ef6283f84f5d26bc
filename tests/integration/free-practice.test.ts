import { beforeAll, describe, expect, it } from "vitest";
import { enrol } from "@/lib/accounts/mutations";
import { removeMember } from "@/lib/classes/mutations";
import type { OwnedClass } from "@/lib/classes/types";
import { classOverview } from "@/lib/dashboards/data";
import { answerCsv } from "@/lib/dashboards/export-data";
import { itemAnalysis } from "@/lib/dashboards/item-analysis-data";
import { traineeAttemptReview, traineeView } from "@/lib/dashboards/trainee-data";
import { prisma } from "@/lib/db/prisma";
import { createExercise } from "@/lib/exercises/mutations";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import { findAttemptForUser } from "@/lib/practice/data";
import { createAttempt, startExerciseAttempt } from "@/lib/practice/mutations";
import { answerFor, createUser, educatorWithClass, seedFixtureBank, traineeIn } from "@/tests/support/factories";

// Free practice carries no class: it reaches a class's educator through membership, and only from the day the trainee
// joined. Here one trainee practises before and after joining, and is in two classes of different educators.
let mine: OwnedClass;
let theirs: OwnedClass;
let lonely: OwnedClass;
let traineeId: string;
let outsiderId: string;
let practiceAttemptId: string;
const DAY = 86_400_000;

async function practise(userId: string, size: number, at: Date) {
  const { id } = await createAttempt({ userId, size, lastAnsweredAt: new Map() });
  const attempt = (await findAttemptForUser(id, userId))!;
  for (const item of attempt.items) {
    const result = await recordAnswer(userId, id, answerFor(item, { timeMs: 3000 }), prisma, at);
    if (!result.ok) throw new Error(result.message);
  }
  return id;
}

beforeAll(async () => {
  await seedFixtureBank(prisma);
  ({ klass: mine } = await educatorWithClass(prisma, "Mine"));
  ({ klass: theirs } = await educatorWithClass(prisma, "Theirs"));
  ({ klass: lonely } = await educatorWithClass(prisma, "Nobody practises here"));
  traineeId = (await createUser(prisma, { displayName: "Practiser" })).id;
  // Two answers a week before joining: these stay the trainee's own.
  await practise(traineeId, 2, new Date(Date.now() - 7 * DAY));
  await enrol(traineeId, mine.id);
  await enrol(traineeId, theirs.id);
  practiceAttemptId = await practise(traineeId, 3, new Date(Date.now() + 1000));
  // Someone in no class practises too.
  outsiderId = (await createUser(prisma)).id;
  await practise(outsiderId, 4, new Date());
  // And one exercise answer in my class, from another member.
  const memberId = await traineeIn(mine, "Exerciser");
  const scenario = await prisma.scenario.findFirstOrThrow({ where: { isLatest: true } });
  const created = await createExercise(mine, {
    title: "Set work",
    scenarioIds: [scenario.id],
    mode: "PRACTICE",
    opensAt: new Date(Date.now() - DAY),
    closesAt: new Date(Date.now() + DAY),
    attemptsAllowed: 1,
  });
  if (!created.ok) throw new Error(created.error);
  const started = await startExerciseAttempt(memberId, created.exerciseId);
  if (!started.ok) throw new Error(started.error);
  const item = (await findAttemptForUser(started.attemptId, memberId))!.items[0]!;
  await recordAnswer(memberId, started.attemptId, answerFor(item));
});

describe("free practice on the class dashboard", () => {
  it("counts members' practice since they joined under its own filter, apart from exercises", async () => {
    expect((await classOverview(mine, { source: "practice" })).answers).toBe(3);
    expect((await classOverview(mine, { source: "exercises" })).answers).toBe(1);
    const all = await classOverview(mine, {});
    expect(all.answers).toBe(4);
    expect(all.answersBySource).toEqual({ exercises: 1, live: 0, practice: 3 });
    expect((await itemAnalysis(mine, { source: "practice" })).reduce((n, i) => n + i.answers, 0)).toBe(3);
    expect((await itemAnalysis(mine, { source: "practice" })).every((i) => i.medianTimeMs === 3000)).toBe(true);
  });

  it("shows a trainee's practice to the educators of each class they are in, and to no other", async () => {
    expect((await classOverview(theirs, { source: "practice" })).answers).toBe(3);
    expect((await classOverview(lonely, { source: "practice" })).answers).toBe(0);
    expect(await traineeView(lonely, traineeId, {})).toBeNull();
  });

  it("lists the practice session on the trainee page and reviews it answer by answer", async () => {
    const view = await traineeView(mine, traineeId, {});
    expect(view!.history.map((h) => [h.id, h.exercise, h.answers])).toEqual([[practiceAttemptId, null, 3]]);
    const review = await traineeAttemptReview(mine, traineeId, practiceAttemptId);
    expect(review!.attempt.items.filter((i) => i.answer)).toHaveLength(3);
    // The session from before joining is not this class's to see.
    const before = await prisma.attempt.findFirstOrThrow({
      where: { userId: traineeId, id: { not: practiceAttemptId } },
    });
    expect(await traineeAttemptReview(mine, traineeId, before.id)).toBeNull();
    expect(await traineeAttemptReview(lonely, traineeId, practiceAttemptId)).toBeNull();
  });

  it("exports practice with the source named, and narrows to dates", async () => {
    let csv = "";
    for await (const chunk of answerCsv(mine, { source: "practice" })) csv += chunk;
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).every((line) => line.includes('"free practice"'))).toBe(true);
    const lastWeek = new Date(Date.now() - 7 * DAY).toISOString().slice(0, 10);
    expect((await classOverview(mine, { source: "practice", from: lastWeek, to: lastWeek })).answers).toBe(0);
  });

  it("stops showing a trainee's practice once they leave the class", async () => {
    const member = await prisma.classMember.findFirstOrThrow({ where: { classId: theirs.id, userId: traineeId } });
    expect(await removeMember(theirs.educatorId, theirs.id, member.id)).toBe(true);
    expect((await classOverview(theirs, { source: "practice" })).answers).toBe(0);
    expect((await classOverview(mine, { source: "practice" })).answers).toBe(3);
  });
});
