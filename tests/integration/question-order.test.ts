import { beforeAll, describe, expect, it } from "vitest";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma } from "@/lib/db/prisma";
import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import { createExercise } from "@/lib/exercises/mutations";
import { findAttemptForUser, type AttemptWithItems } from "@/lib/practice/data";
import { createAttempt, startExerciseAttempt } from "@/lib/practice/mutations";
import { createPrePost, startPrePostForm } from "@/lib/prepost/mutations";
import { createUser, educatorWithClass, seedFixtureBank, traineeIn } from "@/tests/support/factories";
import { fixtureForms } from "@/tests/support/prepost";

// The order a trainee meets questions and options in must never give a key away. The bank cycles narratives in the
// order the options list them (as a balanced draw builds an exercise), so a fixed order would be exploitable.
let klass: OwnedClass;
let exerciseId: string;
const ATTEMPTS = 60;

beforeAll(async () => {
  await seedFixtureBank(prisma);
  ({ klass } = await educatorWithClass(prisma, "Order"));
  const scenarios = await prisma.scenario.findMany({ where: { isLatest: true } });
  // Eight scenarios in the exploitable order: Infighting, Brutality, Corruption, Disappointment, twice.
  const cycled = [0, 1].flatMap((round) =>
    NARRATIVE_CODES.map((code) => scenarios.filter((s) => s.primaryNarrative === code)[round]!.id),
  );
  const created = await createExercise(klass, {
    title: "Cycled",
    scenarioIds: cycled,
    mode: "ASSESSMENT",
    opensAt: new Date(Date.now() - 60_000),
    closesAt: new Date(Date.now() + 3_600_000),
    attemptsAllowed: 1,
  });
  if (!created.ok) throw new Error(created.error);
  exerciseId = created.exerciseId;
});

async function exerciseAttempt(seed?: number): Promise<AttemptWithItems> {
  const userId = await traineeIn(klass);
  const started = await startExerciseAttempt(userId, exerciseId, new Date(), prisma, seed);
  if (!started.ok) throw new Error(started.error);
  return (await findAttemptForUser(started.attemptId, userId))!;
}

/** The share of narratives right when answering 1-2-3-4-1-2-3-4 down the options. */
function cyclingScore(attempts: AttemptWithItems[]): number {
  const items = attempts.flatMap((a) => a.items);
  const hits = items.filter((item) => NARRATIVE_CODES[item.position % 4] === item.scenario.narratives.primary).length;
  return hits / items.length;
}

/** How often the key sits at each of the four implication options. */
function keyPositions(attempts: AttemptWithItems[]): number[] {
  const counts = [0, 0, 0, 0];
  for (const item of attempts.flatMap((a) => a.items)) {
    counts[item.implicationOrder.indexOf(item.scenario.implications.correct)]! += 1;
  }
  return counts;
}

describe("the order of questions and options", () => {
  it("shuffles an exercise per attempt, so answering 1-2-3-4 down the options scores near chance, not 100%", async () => {
    const attempts = [];
    for (let i = 0; i < ATTEMPTS; i++) attempts.push(await exerciseAttempt());
    // Chance is 25%; with 480 answers the strategy stays well below 40%.
    expect(cyclingScore(attempts)).toBeLessThan(0.4);
    // No position always holds the same narrative.
    for (let position = 0; position < 8; position++) {
      const seen = new Set<NarrativeCode>(attempts.map((a) => a.items[position]!.scenario.narratives.primary));
      expect(seen.size).toBeGreaterThanOrEqual(3);
    }
    // The key is spread over the four option positions (each near a quarter of 480).
    for (const count of keyPositions(attempts)) expect(count / (ATTEMPTS * 8)).toBeGreaterThan(0.15);
  });

  it("stores each attempt's order, so resuming keeps it, and records the seed that made it", async () => {
    const userId = await traineeIn(klass);
    const started = await startExerciseAttempt(userId, exerciseId);
    if (!started.ok) throw new Error(started.error);
    const first = (await findAttemptForUser(started.attemptId, userId))!;
    expect(await startExerciseAttempt(userId, exerciseId)).toEqual(started);
    const again = (await findAttemptForUser(started.attemptId, userId))!;
    expect(again.items.map((i) => [i.scenarioId, i.implicationOrder])).toEqual(
      first.items.map((i) => [i.scenarioId, i.implicationOrder]),
    );
    const stored = await prisma.attempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(stored.orderSeed).toEqual(expect.any(Number));
  });

  it("replays the same order from the same seed", async () => {
    const [a, b] = [await exerciseAttempt(12345), await exerciseAttempt(12345)];
    expect(a.items.map((i) => [i.scenarioId, i.implicationOrder])).toEqual(
      b.items.map((i) => [i.scenarioId, i.implicationOrder]),
    );
  });

  it("shuffles each form of a pre/post assessment per attempt, though the forms list the narratives in option order", async () => {
    // fixtureForms lists each form Infighting, Brutality, Corruption, Disappointment: the exploitable order.
    const created = await createPrePost(klass, {
      title: "Before and after",
      ...(await fixtureForms(prisma)),
      counterbalanced: true,
      closesAt: new Date(Date.now() + 3_600_000),
    });
    if (!created.ok) throw new Error(created.error);
    const attempts = [];
    for (let i = 0; i < 80; i++) {
      const userId = await traineeIn(klass);
      const started = await startPrePostForm(userId, created.prePostId);
      if (!started.ok) throw new Error(started.error);
      attempts.push((await findAttemptForUser(started.attemptId, userId))!);
    }
    expect(cyclingScore(attempts)).toBeLessThan(0.4);
    for (let position = 0; position < 4; position++) {
      const seen = new Set<NarrativeCode>(attempts.map((a) => a.items[position]!.scenario.narratives.primary));
      expect(seen.size).toBe(4);
    }
    for (const count of keyPositions(attempts)) expect(count / (80 * 4)).toBeGreaterThan(0.15);
  });

  it("shuffles free practice too: no position or option order predicts a key", async () => {
    const attempts = [];
    for (let i = 0; i < ATTEMPTS; i++) {
      const user = await createUser(prisma);
      const { id } = await createAttempt({ userId: user.id, size: 8, lastAnsweredAt: new Map() });
      attempts.push((await findAttemptForUser(id, user.id))!);
    }
    expect(cyclingScore(attempts)).toBeLessThan(0.4);
    for (const count of keyPositions(attempts)) expect(count / (ATTEMPTS * 8)).toBeGreaterThan(0.15);
  });
});
