import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import { findAttemptForUser, lastAnsweredBySlug } from "@/lib/practice/data";
import { createAttempt, startPractice } from "@/lib/practice/mutations";
import { startPracticeSchema } from "@/lib/practice/schema";
import { answerFor, createUser, practiceAttempt, seedFixtureBank } from "@/tests/support/factories";
import { testEngine } from "@/tests/support/test-database";

beforeAll(async () => {
  await seedFixtureBank(prisma);
});

const newAttempt = (size = 10) => practiceAttempt(prisma, size);

// A trigger that fails an attempt's completion, in each engine's dialect.
const CRASH_ON_COMPLETION = {
  sqlite: {
    create: [
      `CREATE TRIGGER crash_on_completion BEFORE UPDATE OF "completedAt" ON "Attempt"
       WHEN NEW."completedAt" IS NOT NULL BEGIN SELECT RAISE(ABORT, 'simulated crash'); END`,
    ],
    drop: [`DROP TRIGGER crash_on_completion`],
  },
  postgres: {
    create: [
      `CREATE FUNCTION crash_on_completion() RETURNS trigger AS $$ BEGIN
         IF NEW."completedAt" IS NOT NULL THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
      `CREATE TRIGGER crash_on_completion BEFORE UPDATE OF "completedAt" ON "Attempt"
       FOR EACH ROW EXECUTE FUNCTION crash_on_completion()`,
    ],
    drop: [`DROP TRIGGER crash_on_completion ON "Attempt"`, `DROP FUNCTION crash_on_completion()`],
  },
};
const correctAnswer = (item: Parameters<typeof answerFor>[0], idempotencyKey?: string) =>
  answerFor(item, { confidence: 4, timeMs: 12_000, ...(idempotencyKey ? { idempotencyKey } : {}) });

describe("starting practice", () => {
  it("draws ten scenarios covering every narrative, each with its four implication options", async () => {
    const { attempt } = await newAttempt();
    expect(attempt.items).toHaveLength(10);
    expect(new Set(attempt.items.map((i) => i.scenario.narratives.primary))).toEqual(new Set(NARRATIVE_CODES));
    for (const item of attempt.items) {
      expect([...item.implicationOrder].sort()).toEqual(
        [item.scenario.implications.correct, ...item.scenario.implications.distractors].sort(),
      );
    }
  });

  it("offers shorter sessions and refuses lengths not on the list", async () => {
    const user = await createUser(prisma);
    const result = await startPractice(user.id, 5);
    expect(result).toMatchObject({ ok: true, attemptId: expect.any(String) });
    expect(await prisma.attemptItem.count({ where: { attemptId: result.ok ? result.attemptId : "" } })).toBe(5);
    expect(startPracticeSchema.safeParse({ size: "7" }).error?.issues[0]?.message).toBe(
      "Choose a session length from the list",
    );
    expect(startPracticeSchema.safeParse({ size: "'; DROP TABLE Attempt;--" }).success).toBe(false);
  });

  it("holds back scenarios the trainee answered recently", async () => {
    const { user, attempt } = await newAttempt(5);
    for (const item of attempt.items) await recordAnswer(user.id, attempt.id, correctAnswer(item));
    const next = await createAttempt({ userId: user.id, size: 5, lastAnsweredAt: await lastAnsweredBySlug(user.id) });
    const nextAttempt = (await findAttemptForUser(next.id, user.id))!;
    const before = new Set(attempt.items.map((i) => i.scenario.slug));
    expect(nextAttempt.items.filter((i) => before.has(i.scenario.slug))).toEqual([]);
  });
});

describe("recording answers", () => {
  it("scores and stores an answer with the scenario version it was scored against", async () => {
    const { user, attempt } = await newAttempt();
    const item = attempt.items[0]!;
    const result = await recordAnswer(user.id, attempt.id, correctAnswer(item));
    expect(result).toMatchObject({ ok: true, replayed: false, feedback: { points: 2 } });
    const stored = await prisma.answer.findUniqueOrThrow({ where: { itemId: item.id }, include: { scenario: true } });
    expect(stored).toMatchObject({ points: 2, confidence: 4, timeMs: 12_000, scenarioId: item.scenarioId });
    expect(stored.scenario.version).toBe(1);
  });

  it("stores a double submit once and replays the same feedback", async () => {
    const { user, attempt } = await newAttempt();
    const answer = correctAnswer(attempt.items[0]!);
    const results = await Promise.all([1, 2, 3].map(() => recordAnswer(user.id, attempt.id, answer)));
    expect(results.map((r) => r.ok && r.replayed).sort()).toEqual([false, true, true]);
    expect(await prisma.answer.count({ where: { attemptId: attempt.id } })).toBe(1);
  });

  it("refuses a second, different answer to the same scenario", async () => {
    const { user, attempt } = await newAttempt();
    const item = attempt.items[0]!;
    await recordAnswer(user.id, attempt.id, correctAnswer(item));
    const second = await recordAnswer(user.id, attempt.id, { ...correctAnswer(item), narrative: "CORRUPTION" });
    expect(second).toEqual({
      ok: false,
      reason: "already-answered",
      message: "This scenario has already been answered.",
    });
    expect((await prisma.answer.findUniqueOrThrow({ where: { itemId: item.id } })).chosenNarrative).toBe(
      item.scenario.narratives.primary,
    );
  });

  it("finishes the attempt with its last answer and refuses further answers", async () => {
    const { user, attempt } = await newAttempt(5);
    const results = [];
    for (const item of attempt.items) results.push(await recordAnswer(user.id, attempt.id, correctAnswer(item)));
    expect(results.map((r) => r.ok && r.attemptComplete)).toEqual([false, false, false, false, true]);
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).completedAt).not.toBeNull();
    const again = await recordAnswer(user.id, attempt.id, correctAnswer(attempt.items[4]!));
    expect(again).toMatchObject({ ok: false, reason: "already-answered" });
    expect(await prisma.answer.count({ where: { attemptId: attempt.id } })).toBe(5);
  });

  it("stores the last answer and the attempt's completion in one transaction", async () => {
    const { user, attempt } = await newAttempt(5);
    for (const item of attempt.items.slice(0, 4)) await recordAnswer(user.id, attempt.id, correctAnswer(item));
    // A crash between storing the answer and completing the attempt, simulated by a trigger that fails the completion.
    for (const statement of CRASH_ON_COMPLETION[testEngine].create) await prisma.$executeRawUnsafe(statement);
    try {
      await expect(recordAnswer(user.id, attempt.id, correctAnswer(attempt.items[4]!))).rejects.toThrow(
        /simulated crash/,
      );
    } finally {
      for (const statement of CRASH_ON_COMPLETION[testEngine].drop) await prisma.$executeRawUnsafe(statement);
    }
    // Nothing half-done: the answer went with the completion, so it can be given again and completes the attempt.
    expect(await prisma.answer.count({ where: { attemptId: attempt.id } })).toBe(4);
    expect(await recordAnswer(user.id, attempt.id, correctAnswer(attempt.items[4]!))).toMatchObject({
      attemptComplete: true,
    });
  });

  it("refuses another trainee's session as if it did not exist, and changes nothing", async () => {
    const { attempt } = await newAttempt();
    const intruder = await createUser(prisma);
    const result = await recordAnswer(intruder.id, attempt.id, correctAnswer(attempt.items[0]!));
    expect(result).toEqual({ ok: false, reason: "unknown-attempt", message: "No such practice session." });
    expect(await prisma.answer.count({ where: { attemptId: attempt.id } })).toBe(0);
  });

  it("refuses an item from another session, a tampered scenario id and an implication not offered", async () => {
    const { user, attempt } = await newAttempt();
    const { attempt: other } = await newAttempt();
    const item = attempt.items[0]!;
    const foreignItem = await recordAnswer(user.id, attempt.id, { ...correctAnswer(item), itemId: other.items[0]!.id });
    expect(foreignItem).toMatchObject({ ok: false, reason: "not-in-attempt" });
    const tampered = await recordAnswer(user.id, attempt.id, {
      ...correctAnswer(item),
      scenarioId: attempt.items[1]!.scenarioId,
    });
    expect(tampered).toMatchObject({ ok: false, reason: "scenario-mismatch" });
    const notOffered = (
      [
        "PLATFORM",
        "RESETTLE_PROTECT",
        "LEGAL_DISINCENTIVES",
        "SUNNI_FRAMING",
        "EXPOSE_UTOPIA",
        "NETWORK_MESSENGERS",
        "CREDIBILITY_LIMITS",
        "NOT_SAINTS",
      ] as const
    ).find((code) => !item.implicationOrder.includes(code))!;
    const implication = await recordAnswer(user.id, attempt.id, { ...correctAnswer(item), implication: notOffered });
    expect(implication).toMatchObject({ ok: false, reason: "option-not-offered" });
    expect(await prisma.answer.count({ where: { attemptId: { in: [attempt.id, other.id] } } })).toBe(0);
  });
});
