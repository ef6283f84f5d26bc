import { beforeAll, describe, expect, it } from "vitest";
import { citationFor } from "@/lib/content/citations";
import { prisma } from "@/lib/db/prisma";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import { createExercise } from "@/lib/exercises/mutations";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import { attemptView } from "@/lib/practice/attempt-view";
import { findAttemptForUser, findMistakes } from "@/lib/practice/data";
import { createAttempt, practiseMistakes, startExerciseAttempt } from "@/lib/practice/mutations";
import { examplesForNarrative, listScenarioChoices } from "@/lib/scenarios/data";
import { upsertScenarios } from "@/lib/scenarios/mutations";
import { answerFor, createUser, educatorWithClass, seedFixtureBank, traineeIn } from "@/tests/support/factories";
import { scenario, withKey } from "@/tests/support/scenario-fixture";

// Two examples per narrative beside the fixture bank's sixteen practice items.
const examples = NARRATIVE_CODES.flatMap((code, n) =>
  [0, 1].map((k) => ({ ...withKey(code, "EXPOSE_UTOPIA", 100 + n * 2 + k), purpose: "example" as const })),
);
const exampleSlugs = new Set(examples.map((e) => e.slug));

beforeAll(async () => {
  await seedFixtureBank(prisma);
  await upsertScenarios(examples, prisma);
});

describe("examples", () => {
  it("are never drawn for practice", async () => {
    const user = await createUser(prisma);
    for (let i = 0; i < 4; i++) {
      const { id } = await createAttempt({ userId: user.id, size: 10, lastAnsweredAt: new Map() });
      const attempt = (await findAttemptForUser(id, user.id))!;
      expect(attempt.items.filter((item) => exampleSlugs.has(item.scenario.slug))).toEqual([]);
    }
  });

  it("are not offered in the picker, and an exercise cannot be made of one", async () => {
    const choices = await listScenarioChoices(prisma);
    expect(choices).toHaveLength(16);
    expect(choices.every((c) => c.details?.testimony && c.details.citation.title)).toBe(true);
    const { klass } = await educatorWithClass(prisma);
    const example = await prisma.scenario.findFirstOrThrow({ where: { slug: examples[0]!.slug } });
    const created = await createExercise(klass, {
      title: "With an example",
      scenarioIds: [example.id],
      mode: "PRACTICE",
      opensAt: new Date(),
      closesAt: new Date(Date.now() + 3_600_000),
      attemptsAllowed: 1,
    });
    expect(created).toMatchObject({ ok: false, field: "scenarioIds" });
  });

  it("illustrate the narratives on /narratives in place of practice items", async () => {
    const shown = await examplesForNarrative("BRUTALITY", 2, prisma);
    expect(shown.map((s) => s.slug).every((slug) => exampleSlugs.has(slug))).toBe(true);
    expect(shown).toHaveLength(2);
  });
});

describe("practising mistakes", () => {
  it("starts a session of exactly the scenarios not fully right, in a new order", async () => {
    const user = await createUser(prisma);
    const { id } = await createAttempt({ userId: user.id, size: 5, lastAnsweredAt: new Map() });
    const attempt = (await findAttemptForUser(id, user.id))!;
    const [right, partly, wrong, ...rest] = attempt.items;
    await recordAnswer(user.id, id, answerFor(right!));
    await recordAnswer(user.id, id, answerFor(partly!, { implication: partly!.scenario.implications.distractors[0]! }));
    const other = NARRATIVE_CODES.find((c) => c !== wrong!.scenario.narratives.primary)!;
    await recordAnswer(
      user.id,
      id,
      answerFor(wrong!, { narrative: other, implication: wrong!.scenario.implications.distractors[0]! }),
    );
    for (const item of rest) await recordAnswer(user.id, id, answerFor(item));

    const mistakes = await findMistakes(user.id, id);
    expect(new Set(mistakes!.slugs)).toEqual(new Set([partly!.scenario.slug, wrong!.scenario.slug]));
    const started = await practiseMistakes(user.id, mistakes!.slugs);
    if (!started.ok) throw new Error(started.error);
    const again = (await findAttemptForUser(started.attemptId, user.id))!;
    expect(new Set(again.items.map((i) => i.scenario.slug))).toEqual(new Set(mistakes!.slugs));
    expect(again.items.every((i) => i.implicationOrder.length === 4)).toBe(true);
    expect(await practiseMistakes(user.id, [])).toMatchObject({ ok: false, reason: "no-mistakes" });
  });

  it("is refused for another user's session and for an assessment that has not closed", async () => {
    const stranger = await createUser(prisma);
    const { klass } = await educatorWithClass(prisma);
    const traineeId = await traineeIn(klass);
    const scenarioRow = await prisma.scenario.findFirstOrThrow({ where: { isLatest: true, slug: "fixture-0" } });
    const created = await createExercise(klass, {
      title: "Closed book",
      scenarioIds: [scenarioRow.id],
      mode: "ASSESSMENT",
      opensAt: new Date(Date.now() - 60_000),
      closesAt: new Date(Date.now() + 3_600_000),
      attemptsAllowed: 1,
    });
    if (!created.ok) throw new Error(created.error);
    const started = await startExerciseAttempt(traineeId, created.exerciseId);
    if (!started.ok) throw new Error(started.error);
    expect(await findMistakes(traineeId, started.attemptId)).toBeNull();
    expect(await findMistakes(stranger.id, started.attemptId)).toBeNull();
    expect(await findMistakes(traineeId, started.attemptId, new Date(Date.now() + 7_200_000))).not.toBeNull();
  });
});

describe("the practice page after checking an answer", () => {
  it("shows the checked question with its feedback again, until the trainee moves on", async () => {
    const user = await createUser(prisma);
    const { id } = await createAttempt({ userId: user.id, size: 3, lastAnsweredAt: new Map() });
    const first = (await findAttemptForUser(id, user.id))!.items[0]!;
    await recordAnswer(user.id, id, answerFor(first, { confidence: 4 }));
    const attempt = (await findAttemptForUser(id, user.id))!;
    const reviewed = attemptView(attempt, first.id, new Date());
    expect(reviewed).toMatchObject({
      kind: "question",
      item: { id: first.id },
      answeredCount: 1,
      answered: { choice: { confidence: 4 }, feedback: { points: 2 }, attemptComplete: false },
    });
    const movedOn = attemptView(attempt, undefined, new Date());
    expect(movedOn).toMatchObject({ kind: "question", item: { position: 1 }, answered: null });
    // An unanswered or unknown item in the address is ignored.
    expect(attemptView(attempt, attempt.items[2]!.id, new Date())).toMatchObject({ item: { position: 1 } });
    expect(attemptView(attempt, "not-an-item", new Date())).toMatchObject({ item: { position: 1 } });
  });
});

describe("citations", () => {
  it("name the source by title and link to the paragraph holding the passage", () => {
    const source = {
      seed: "000_f9a30c9a0b9f7441.txt",
      publisher: "The Independent",
      date: "21 September 2015",
      passage: "Others described their actual duties within Isis as dull and boring",
    };
    const citation = citationFor(source);
    expect(citation.title).toMatch(/^Isis recruits are defecting/);
    expect(citation.href).toMatch(/^\/sources#000_f9a30c9a0b9f7441-p\d+$/);
    // A version stored before passages were cited reads its passage as "": the citation links to the source.
    expect(citationFor({ ...source, passage: "" }).href).toBe("/sources#000_f9a30c9a0b9f7441");
    expect(citationFor(scenario().source).title).not.toMatch(/\.txt$/);
  });
});
