import { beforeAll, describe, expect, it } from "vitest";
import { enrol } from "@/lib/accounts/mutations";
import { exclusionsForTrainee, findOwnedClass } from "@/lib/classes/data";
import { setContentExclusions } from "@/lib/classes/mutations";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma } from "@/lib/db/prisma";
import { IMPLICATION_CODES } from "@/lib/domain/implications";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import { createExercise } from "@/lib/exercises/mutations";
import { findAttemptForUser } from "@/lib/practice/data";
import { startPractice } from "@/lib/practice/mutations";
import { createPrePost } from "@/lib/prepost/mutations";
import { scenarioChoicesForClass } from "@/lib/scenarios/data";
import { upsertScenarios } from "@/lib/scenarios/mutations";
import { educatorWithClass, traineeIn } from "@/tests/support/factories";
import { withKey } from "@/tests/support/scenario-fixture";

// A bank of 24: 6 per narrative. Of each narrative, scenario 0 warns of executions, 1 of killing, 5 is an example.
function warnedBank() {
  return Array.from({ length: 24 }, (_, i) => {
    const base = withKey(NARRATIVE_CODES[i % 4]!, IMPLICATION_CODES[i % 8]!, i);
    const slot = Math.floor(i / 4);
    if (slot === 0) return { ...base, contentWarnings: ["executions" as const], contentNote: "Mentions executions." };
    if (slot === 1) return { ...base, contentWarnings: ["killing" as const], contentNote: "Mentions killing." };
    if (slot === 5) return { ...base, purpose: "example" as const };
    return base;
  });
}
const titles = warnedBank();
const slotOf = (title: string) => Math.floor(titles.findIndex((s) => s.title === title) / 4);

let klass: OwnedClass;
let educatorId: string;

beforeAll(async () => {
  await upsertScenarios(warnedBank(), prisma);
  const made = await educatorWithClass(prisma, "Younger group");
  educatorId = made.educator.id;
  await setContentExclusions(educatorId, made.klass.id, ["executions"]);
  klass = (await findOwnedClass(educatorId, made.klass.id))!;
});

const idsBySlot = async (slot: number) => {
  const rows = await prisma.scenario.findMany({ where: { isLatest: true } });
  return rows.filter((r) => slotOf(r.title) === slot).map((r) => r.id);
};

describe("a class's content exclusions", () => {
  it("are stored on the class and read back as codes; anything else reads as none", async () => {
    expect(klass.excludedContentWarnings).toEqual(["executions"]);
    const other = await educatorWithClass(prisma);
    await prisma.class.update({ where: { id: other.klass.id }, data: { excludedContentWarnings: '["beheadings", 3' } });
    expect((await findOwnedClass(other.educator.id, other.klass.id))!.excludedContentWarnings).toEqual([]);
    expect(await setContentExclusions(other.educator.id, klass.id, ["killing"])).toBe(false);
    expect((await findOwnedClass(educatorId, klass.id))!.excludedContentWarnings).toEqual(["executions"]);
  });

  it("leave excluded scenarios and examples out of the picker's choices, and say why", async () => {
    const { offered, excluded } = await scenarioChoicesForClass(klass);
    expect(offered).toHaveLength(16);
    expect(offered.every((c) => slotOf(c.title) !== 0 && slotOf(c.title) !== 5)).toBe(true);
    expect(excluded).toHaveLength(4);
    expect(excluded.every((e) => e.warnings.join() === "executions")).toBe(true);
  });

  it("make the server refuse excluded scenarios for an exercise, naming why, and examples as not in the bank", async () => {
    const window = { opensAt: new Date(), closesAt: new Date(Date.now() + 3_600_000), attemptsAllowed: 1 };
    const base = { title: "Refused", mode: "PRACTICE" as const, ...window };
    const [executed] = await idsBySlot(0);
    const [example] = await idsBySlot(5);
    const [allowed] = await idsBySlot(2);
    const refused = await createExercise(klass, { ...base, scenarioIds: [allowed!, executed!] });
    expect(refused).toMatchObject({
      ok: false,
      reason: "excluded-scenarios",
      error: expect.stringMatching(/executions/),
    });
    const asExample = await createExercise(klass, { ...base, scenarioIds: [example!] });
    expect(asExample).toMatchObject({ ok: false, reason: "unknown-scenarios" });
    expect(await prisma.exercise.count({ where: { classId: klass.id, title: "Refused" } })).toBe(0);
    expect(await createExercise(klass, { ...base, title: "Fine", scenarioIds: [allowed!] })).toMatchObject({
      ok: true,
    });
  });

  it("make the server refuse excluded scenarios in a pre/post assessment", async () => {
    const [formA, formB] = [await idsBySlot(0), await idsBySlot(2)];
    const result = await createPrePost(klass, {
      title: "Refused",
      formA,
      formB,
      counterbalanced: true,
      closesAt: new Date(Date.now() + 3_600_000),
    });
    expect(result).toMatchObject({ ok: false, reason: "excluded-scenarios" });
    expect(await prisma.prePostAssessment.count({ where: { classId: klass.id } })).toBe(0);
  });

  it("apply to free practice as the union over the trainee's classes, and examples are never drawn", async () => {
    const userId = await traineeIn(klass);
    const second = await educatorWithClass(prisma, "Second");
    await setContentExclusions(second.educator.id, second.klass.id, ["killing"]);
    await enrol(userId, second.klass.id);
    expect(await exclusionsForTrainee(userId)).toEqual(["executions", "killing"]);
    const drawn = new Set<number>();
    for (let i = 0; i < 8; i++) {
      const started = await startPractice(userId, 10);
      if (!started.ok) throw new Error(started.error);
      const attempt = (await findAttemptForUser(started.attemptId, userId))!;
      for (const item of attempt.items) drawn.add(slotOf(item.scenario.title));
    }
    expect([...drawn].sort()).toEqual([2, 3, 4]);
  });

  it("leave free practice unfiltered (but for examples) for a trainee in no excluding class", async () => {
    const open = await educatorWithClass(prisma, "Open");
    const userId = await traineeIn(open.klass);
    const drawn = new Set<number>();
    for (let i = 0; i < 8; i++) {
      const started = await startPractice(userId, 10);
      if (!started.ok) throw new Error(started.error);
      for (const item of (await findAttemptForUser(started.attemptId, userId))!.items)
        drawn.add(slotOf(item.scenario.title));
    }
    expect([...drawn].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
