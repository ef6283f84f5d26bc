import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { IMPLICATION_CODES } from "@/lib/domain/implications";
import { createExercise } from "@/lib/exercises/mutations";
import { recordLiveAnswer } from "@/lib/live/answer-mutations";
import { controlLiveSession } from "@/lib/live/control-mutations";
import { findMemberLiveSession } from "@/lib/live/data";
import { createLiveSession, joinLiveSession } from "@/lib/live/mutations";
import type { ControlInput, LiveAnswerInput } from "@/lib/live/schema";
import { findOwnedClass } from "@/lib/classes/data";
import { removeMember, setContentExclusions } from "@/lib/classes/mutations";
import type { OwnedClass } from "@/lib/classes/types";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import { createPrePost } from "@/lib/prepost/mutations";
import { classOverview } from "@/lib/dashboards/data";
import { answerCsv } from "@/lib/dashboards/export-data";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import { scoreAnswer } from "@/lib/practice/scoring";
import { upsertScenarios } from "@/lib/scenarios/mutations";
import { scenarioVersion } from "@/lib/scenarios/data";
import { createUser, educatorWithClass, idempotencyKey, seedFixtureBank, traineeIn } from "@/tests/support/factories";
import { scenario as fixtureScenario } from "@/tests/support/scenario-fixture";

// The live session's state machine and every refusal, against a real database. Each refusal is shown to change
// nothing: the session row, the trainees' places and the answers are compared before and after.

type Klass = Awaited<ReturnType<typeof educatorWithClass>>["klass"];
const world = {} as {
  educatorId: string;
  klass: Klass;
  otherEducatorId: string;
  trainees: string[];
  outsider: string;
  scenarioIds: string[];
  exampleId: string;
  killingId: string;
};

beforeAll(async () => {
  await seedFixtureBank(prisma);
  await upsertScenarios(
    [
      fixtureScenario({ slug: "an-example", purpose: "example" }, 99),
      fixtureScenario({ slug: "with-killing", contentNote: "Mentions killing.", contentWarnings: ["killing"] }, 98),
    ],
    prisma,
  );
  const { educator, klass } = await educatorWithClass(prisma, "Live class");
  const other = await educatorWithClass(prisma, "Other class");
  const trainees = [await traineeIn(klass, "Ada"), await traineeIn(klass, "Ben"), await traineeIn(klass, "Cy")];
  const scenarios = await prisma.scenario.findMany({ where: { isLatest: true }, orderBy: { slug: "asc" } });
  Object.assign(world, {
    educatorId: educator.id,
    klass,
    otherEducatorId: other.educator.id,
    trainees,
    outsider: await traineeIn(other.klass, "Outsider"),
    scenarioIds: scenarios.filter((s) => s.slug.startsWith("fixture-")).map((s) => s.id),
    exampleId: scenarios.find((s) => s.slug === "an-example")!.id,
    killingId: scenarios.find((s) => s.slug === "with-killing")!.id,
  });
});

let clock = new Date("2026-11-21T09:00:00Z").getTime();
const tick = (ms = 1000) => new Date((clock += ms));

/** A fresh class with its own running session of `size` scenarios, so tests do not share state. */
async function freshSession(size = 3) {
  const { educator, klass } = await educatorWithClass(prisma, "Fresh class");
  const trainees = [await traineeIn(klass, "Dee"), await traineeIn(klass, "Eli")];
  const created = await createLiveSession(
    klass,
    { title: "Week 3", scenarioIds: world.scenarioIds.slice(0, size) },
    tick(),
  );
  if (!created.ok) throw new Error(created.error);
  return { educatorId: educator.id, klass, trainees, sessionId: created.sessionId };
}

async function control(educatorId: string, sessionId: string, input: ControlInput | ControlInput["command"]) {
  return controlLiveSession(educatorId, sessionId, typeof input === "string" ? { command: input } : input, tick());
}

async function answer(userId: string, sessionId: string, overrides: Partial<LiveAnswerInput> = {}) {
  const session = await prisma.liveSession.findUniqueOrThrow({ where: { id: sessionId } });
  const current = await prisma.liveSessionScenario.findFirstOrThrow({
    where: { liveSessionId: sessionId, position: Math.max(0, session.position) },
  });
  const scenario = await scenarioVersion(current.scenarioId);
  return recordLiveAnswer(
    userId,
    sessionId,
    {
      scenarioId: current.scenarioId,
      narrative: scenario.narratives.primary,
      implication: scenario.implications.correct,
      idempotencyKey: idempotencyKey(),
      ...overrides,
    },
    tick(),
  );
}

async function snapshot(sessionId: string) {
  const [session, attempts, answers] = await Promise.all([
    prisma.liveSession.findUniqueOrThrow({ where: { id: sessionId } }),
    prisma.attempt.findMany({ where: { liveSessionId: sessionId }, orderBy: { id: "asc" } }),
    prisma.answer.findMany({ where: { liveSessionId: sessionId }, orderBy: { id: "asc" } }),
  ]);
  return { session, attempts, answers };
}

describe("starting a live session", () => {
  it("deals a six-digit PIN and pins the chosen scenario versions in order", async () => {
    const { sessionId } = await freshSession(3);
    const session = await prisma.liveSession.findUniqueOrThrow({
      where: { id: sessionId },
      include: { scenarios: { orderBy: { position: "asc" } } },
    });
    expect(session.pin).toMatch(/^\d{6}$/);
    expect(session).toMatchObject({ activePin: session.pin, phase: "LOBBY", position: -1, size: 3, version: 1 });
    expect(session.scenarios.map((s) => s.scenarioId)).toEqual(world.scenarioIds.slice(0, 3));
  });

  it("takes an exercise's scenarios in the exercise's order, and refuses another class's exercise", async () => {
    const { klass } = await educatorWithClass(prisma, "From an exercise");
    const other = await educatorWithClass(prisma, "Not theirs");
    const input = {
      title: "Set",
      mode: "PRACTICE" as const,
      opensAt: new Date(),
      closesAt: new Date(Date.now() + 3_600_000),
      attemptsAllowed: 1,
    };
    const own = await createExercise(klass, { ...input, scenarioIds: world.scenarioIds.slice(4, 6).reverse() });
    const foreign = await createExercise(other.klass, { ...input, scenarioIds: world.scenarioIds.slice(0, 2) });
    if (!own.ok || !foreign.ok) throw new Error("exercise not created");
    expect(
      await createLiveSession(klass, { title: "X", exerciseId: foreign.exerciseId, scenarioIds: [] }),
    ).toMatchObject({
      ok: false,
      reason: "unknown-exercise",
    });
    expect(await prisma.liveSession.count({ where: { classId: klass.id } })).toBe(0);
    const created = await createLiveSession(klass, { title: "X", exerciseId: own.exerciseId, scenarioIds: [] });
    if (!created.ok) throw new Error(created.error);
    const pinned = await prisma.liveSessionScenario.findMany({
      where: { liveSessionId: created.sessionId },
      orderBy: { position: "asc" },
    });
    expect(pinned.map((p) => p.scenarioId)).toEqual(world.scenarioIds.slice(4, 6).reverse());
  });

  it("refuses examples, unknown scenarios, a second running session and an archived class", async () => {
    const { klass } = await educatorWithClass(prisma, "Refusals");
    for (const scenarioIds of [[world.exampleId], ["no-such-scenario"], []]) {
      expect(await createLiveSession(klass, { title: "X", scenarioIds })).toMatchObject({
        ok: false,
        reason: "unknown-scenarios",
      });
    }
    const first = await createLiveSession(klass, { title: "X", scenarioIds: world.scenarioIds.slice(0, 1) });
    expect(first.ok).toBe(true);
    expect(await createLiveSession(klass, { title: "Y", scenarioIds: world.scenarioIds.slice(0, 1) })).toMatchObject({
      ok: false,
      reason: "already-running",
    });
    expect(
      await createLiveSession({ ...klass, archivedAt: new Date() }, { title: "Z", scenarioIds: world.scenarioIds }),
    ).toMatchObject({ ok: false, reason: "archived" });
    expect(await prisma.liveSession.count({ where: { classId: klass.id } })).toBe(1);
  });
});

describe("what a live session may show", () => {
  it("leaves out what the class's content notes exclude, picked or in an exercise set before the exclusion", async () => {
    const { educator, klass } = await educatorWithClass(prisma, "Careful class");
    const exercise = await createExercise(klass, {
      title: "Set before",
      scenarioIds: [world.scenarioIds[0]!, world.killingId],
      mode: "PRACTICE",
      opensAt: new Date(),
      closesAt: new Date(Date.now() + 3_600_000),
      attemptsAllowed: 1,
    });
    if (!exercise.ok) throw new Error(exercise.error);
    await setContentExclusions(educator.id, klass.id, ["killing"]);
    const careful = (await findOwnedClass(educator.id, klass.id)) as OwnedClass;
    expect(await createLiveSession(careful, { title: "X", scenarioIds: [world.killingId] })).toMatchObject({
      ok: false,
      reason: "excluded-scenarios",
      field: "scenarioIds",
    });
    expect(
      await createLiveSession(careful, { title: "X", exerciseId: exercise.exerciseId, scenarioIds: [] }),
    ).toMatchObject({ ok: false, reason: "excluded-scenarios", field: "exerciseId" });
    expect(await prisma.liveSession.count({ where: { classId: klass.id } })).toBe(0);
  });

  it("refuses the forms of a pre/post assessment, whose keys must stay unseen until the post-test", async () => {
    const { klass } = await educatorWithClass(prisma, "Measured class");
    const latest = await prisma.scenario.findMany({
      where: { id: { in: world.scenarioIds } },
      orderBy: { slug: "asc" },
    });
    const form = (offset: number) =>
      NARRATIVE_CODES.map((code) => latest.filter((s) => s.primaryNarrative === code)[offset]!.id);
    const prePost = await createPrePost(klass, {
      title: "Before and after",
      formA: form(0),
      formB: form(1),
      counterbalanced: false,
      closesAt: new Date(Date.now() + 3_600_000),
    });
    if (!prePost.ok) throw new Error(prePost.error);
    const forms = await prisma.exercise.findMany({ where: { prePostId: prePost.prePostId } });
    expect(forms).toHaveLength(2);
    for (const f of forms) {
      expect(await createLiveSession(klass, { title: "X", exerciseId: f.id, scenarioIds: [] })).toMatchObject({
        ok: false,
        reason: "unknown-exercise",
      });
    }
  });
});

describe("joining", () => {
  it("gives each member one place with an item per scenario and their own order of implications", async () => {
    const { sessionId, trainees } = await freshSession(4);
    const first = await joinLiveSession(trainees[0]!, sessionId, tick(), prisma, 1);
    const again = await joinLiveSession(trainees[0]!, sessionId, tick(), prisma, 2);
    expect(first).toEqual(again);
    await joinLiveSession(trainees[1]!, sessionId, tick(), prisma, 3);
    const [a, b] = await Promise.all(trainees.map((t) => findMemberLiveSession(t, sessionId)));
    expect(a!.participation!.items.map((i) => i.scenarioId)).toEqual(world.scenarioIds.slice(0, 4));
    expect(a!.participation!.items.map((i) => i.implicationOrder)).not.toEqual(
      b!.participation!.items.map((i) => i.implicationOrder),
    );
  });

  it("refuses someone outside the class, and anyone once the session has ended", async () => {
    const { sessionId, educatorId, trainees } = await freshSession(1);
    const before = await snapshot(sessionId);
    expect(await joinLiveSession(world.outsider, sessionId, tick())).toMatchObject({ ok: false, reason: "not-found" });
    expect(await snapshot(sessionId)).toEqual(before);
    await control(educatorId, sessionId, "end");
    expect(await joinLiveSession(trainees[0]!, sessionId, tick())).toMatchObject({ ok: false, reason: "ended" });
    expect(await prisma.attempt.count({ where: { liveSessionId: sessionId } })).toBe(0);
  });
});

describe("controlling a session", () => {
  it("moves through every scenario, raising the version at each step, and ending frees the PIN", async () => {
    const { sessionId, educatorId, trainees } = await freshSession(3);
    await joinLiveSession(trainees[0]!, sessionId, tick());
    const steps: ControlInput["command"][] = ["open", "close", "reveal", "next", "close", "reveal", "next"];
    let version = 1;
    for (const command of [...steps, "close", "reveal", "end"] as const) {
      const result = await control(educatorId, sessionId, { command, version });
      expect(result, command).toMatchObject({ ok: true, version: version + 1 });
      version += 1;
    }
    const session = await prisma.liveSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session).toMatchObject({ phase: "ENDED", position: 2, activePin: null, version });
    expect(session.endedAt).not.toBeNull();
    const attempt = await prisma.attempt.findFirstOrThrow({ where: { liveSessionId: sessionId } });
    expect(attempt.completedAt).not.toBeNull();
  });

  it.each([
    ["reveal before close", ["open"], "reveal", "illegal", "Close answers before revealing the key."],
    ["next before reveal", ["open", "close"], "next", "illegal", "Reveal the key before moving to the next scenario."],
    ["close in the lobby", [], "close", "illegal", "No scenario is open yet: open the first scenario."],
    ["open twice", ["open"], "open", "illegal", "The first scenario is already open."],
    ["resume when not paused", ["open"], "resume", "illegal", "Answering is not paused."],
    ["a timer after close", ["open", "close"], "setTimer", "illegal", /timer runs only/],
    ["anything after the end", ["end"], "open", "ended", "This live session has ended."],
  ] as const)("refuses %s and changes nothing", async (_label, setup, command, reason, message) => {
    const { sessionId, educatorId } = await freshSession(2);
    for (const step of setup) await control(educatorId, sessionId, step);
    const before = await snapshot(sessionId);
    const result = await control(educatorId, sessionId, { command, seconds: 60 });
    expect(result).toMatchObject({ ok: false, reason, message });
    expect(await snapshot(sessionId)).toEqual(before);
  });

  it("refuses another educator, by the same answer as for an unknown session, and changes nothing", async () => {
    const { sessionId } = await freshSession(1);
    const before = await snapshot(sessionId);
    for (const [who, id] of [
      [world.otherEducatorId, sessionId],
      [world.educatorId, "no-such-session"],
    ] as const) {
      expect(await control(who, id, "open")).toEqual({
        ok: false,
        reason: "not-found",
        message: "No such live session in your classes.",
      });
    }
    expect(await snapshot(sessionId)).toEqual(before);
  });

  it("applies exactly one of two commands sent for the same version at once", async () => {
    const { sessionId, educatorId } = await freshSession(3);
    for (const step of ["open", "close", "reveal"] as const) await control(educatorId, sessionId, step);
    const { version } = await prisma.liveSession.findUniqueOrThrow({ where: { id: sessionId } });
    const results = await Promise.all([
      controlLiveSession(educatorId, sessionId, { command: "next", version }, tick()),
      controlLiveSession(educatorId, sessionId, { command: "next", version }, tick()),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ reason: "stale" });
    expect(await prisma.liveSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      position: 1,
      version: version + 1,
    });
  });

  it("closes answers when the timer runs out, for the next command and for answers", async () => {
    const { sessionId, educatorId, trainees } = await freshSession(2);
    await joinLiveSession(trainees[0]!, sessionId, tick());
    await control(educatorId, sessionId, "open");
    await control(educatorId, sessionId, { command: "setTimer", seconds: 10 });
    tick(11_000);
    expect(await answer(trainees[0]!, sessionId)).toMatchObject({ ok: false, reason: "closed", message: /Time is up/ });
    expect(await control(educatorId, sessionId, "reveal")).toMatchObject({ ok: true });
  });

  it("ends a session left idle past LIVE_IDLE_MINUTES, freeing its PIN", async () => {
    const { sessionId, educatorId } = await freshSession(2);
    await control(educatorId, sessionId, "open");
    tick(121 * 60_000);
    expect(await control(educatorId, sessionId, "close")).toMatchObject({ ok: false, reason: "ended" });
    expect(await prisma.liveSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      phase: "ENDED",
      activePin: null,
    });
  });
});

describe("answering", () => {
  it("stores an answer scored like an exercise's, pinned to the session's version, with the class and session", async () => {
    const { sessionId, educatorId, trainees, klass } = await freshSession(2);
    await joinLiveSession(trainees[0]!, sessionId, tick());
    await control(educatorId, sessionId, "open");
    const scenarioId = world.scenarioIds[0]!;
    const key = idempotencyKey();
    expect(
      await answer(trainees[0]!, sessionId, { narrative: "BRUTALITY", implication: "PLATFORM", idempotencyKey: key }),
    ).toEqual({ ok: true, replayed: false });
    const stored = await prisma.answer.findFirstOrThrow({ where: { liveSessionId: sessionId } });
    const scenario = await scenarioVersion(scenarioId);
    const score = scoreAnswer(
      {
        primaryNarrative: scenario.narratives.primary,
        acceptedNarratives: scenario.narratives.accepted,
        correctImplication: scenario.implications.correct,
      },
      { narrative: "BRUTALITY", implication: "PLATFORM" },
    );
    expect(stored).toMatchObject({
      userId: trainees[0],
      scenarioId,
      classId: klass.id,
      exerciseId: null,
      liveSessionId: sessionId,
      chosenNarrative: "BRUTALITY",
      chosenImplication: "PLATFORM",
      primaryNarrative: scenario.narratives.primary,
      points: score.points,
      narrativePoints: score.narrativePoints,
      idempotencyKey: key,
    });
  });

  it("keeps one answer per scenario, changed in place while answers are open, and replays a retried key", async () => {
    const { sessionId, educatorId, trainees } = await freshSession(2);
    await joinLiveSession(trainees[0]!, sessionId, tick());
    await control(educatorId, sessionId, "open");
    const first = idempotencyKey();
    await answer(trainees[0]!, sessionId, { narrative: "BRUTALITY", idempotencyKey: first });
    expect(await answer(trainees[0]!, sessionId, { narrative: "CORRUPTION", idempotencyKey: first })).toEqual({
      ok: true,
      replayed: true,
    });
    const changed = idempotencyKey();
    expect(await answer(trainees[0]!, sessionId, { narrative: "CORRUPTION", idempotencyKey: changed })).toEqual({
      ok: true,
      replayed: false,
    });
    const rows = await prisma.answer.findMany({ where: { liveSessionId: sessionId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ chosenNarrative: "CORRUPTION", idempotencyKey: changed });
    await control(educatorId, sessionId, "close");
    // A retry of a submission that was stored before the close is still "received", not "too late".
    expect(await answer(trainees[0]!, sessionId, { narrative: "CORRUPTION", idempotencyKey: changed })).toEqual({
      ok: true,
      replayed: true,
    });
  });

  it.each([
    ["in the lobby", [], "not-open"],
    ["while paused", ["open", "pause"], "paused"],
    ["after close", ["open", "close"], "closed"],
    ["after reveal", ["open", "close", "reveal"], "closed"],
    ["after the end", ["open", "end"], "ended"],
  ] as const)("refuses an answer %s and changes nothing", async (_label, setup, reason) => {
    const { sessionId, educatorId, trainees } = await freshSession(2);
    await joinLiveSession(trainees[0]!, sessionId, tick());
    for (const step of setup) await control(educatorId, sessionId, step);
    const before = await snapshot(sessionId);
    expect(await answer(trainees[0]!, sessionId)).toMatchObject({ ok: false, reason });
    expect(await snapshot(sessionId)).toEqual(before);
  });

  it("refuses an answer to a scenario that is no longer on screen", async () => {
    const { sessionId, educatorId, trainees } = await freshSession(2);
    await joinLiveSession(trainees[0]!, sessionId, tick());
    for (const step of ["open", "close", "reveal", "next"] as const) await control(educatorId, sessionId, step);
    const before = await snapshot(sessionId);
    const earlier = await scenarioVersion(world.scenarioIds[0]!);
    expect(
      await answer(trainees[0]!, sessionId, {
        scenarioId: world.scenarioIds[0]!,
        narrative: earlier.narratives.primary,
        implication: earlier.implications.correct,
      }),
    ).toMatchObject({ ok: false, reason: "closed" });
    expect(await snapshot(sessionId)).toEqual(before);
  });

  it("refuses outsiders, trainees who have not joined, removed members and reused keys, changing nothing", async () => {
    const { sessionId, educatorId, trainees, klass } = await freshSession(2);
    await joinLiveSession(trainees[0]!, sessionId, tick());
    await control(educatorId, sessionId, "open");
    const key = idempotencyKey();
    await answer(trainees[0]!, sessionId, { idempotencyKey: key });
    const before = await snapshot(sessionId);
    expect(await answer(world.outsider, sessionId)).toMatchObject({ reason: "unknown-session" });
    expect(await answer(trainees[1]!, sessionId)).toMatchObject({ reason: "not-joined" });
    expect(await answer(trainees[0]!, sessionId, { scenarioId: world.scenarioIds[9]! })).toMatchObject({
      reason: "not-in-session",
    });
    const onScreen = await scenarioVersion(world.scenarioIds[0]!);
    const offered = [onScreen.implications.correct, ...onScreen.implications.distractors];
    const notOffered = IMPLICATION_CODES.find((code) => !offered.includes(code))!;
    expect(await answer(trainees[0]!, sessionId, { implication: notOffered })).toMatchObject({
      reason: "option-not-offered",
    });
    expect(await snapshot(sessionId)).toEqual(before);

    // The same key on the next scenario is refused rather than taken for a replay.
    for (const step of ["close", "reveal", "next"] as const) await control(educatorId, sessionId, step);
    const moved = await snapshot(sessionId);
    expect(await answer(trainees[0]!, sessionId, { idempotencyKey: key })).toMatchObject({ reason: "key-reused" });
    expect(await snapshot(sessionId)).toEqual(moved);

    const member = await prisma.classMember.findFirstOrThrow({ where: { classId: klass.id, userId: trainees[0] } });
    await removeMember(educatorId, klass.id, member.id);
    expect(await answer(trainees[0]!, sessionId)).toMatchObject({ ok: false, reason: "not-a-member" });
    expect(await prisma.answer.count({ where: { liveSessionId: sessionId, scenarioId: world.scenarioIds[1]! } })).toBe(
      0,
    );
  });

  it("refuses an answer whose check passed just before answers closed, rather than storing it after the close", async () => {
    const { sessionId, educatorId, trainees } = await freshSession(1);
    await joinLiveSession(trainees[0]!, sessionId, tick());
    await control(educatorId, sessionId, "open");
    const scenario = await scenarioVersion(world.scenarioIds[0]!);
    // The educator's "Close answers" commits between the answer's read and its write.
    let closedInBetween = false;
    const racing = new Proxy(prisma, {
      get(target, property, receiver) {
        if (property !== "$queryRaw") return Reflect.get(target, property, receiver);
        return async (...args: Parameters<typeof prisma.$queryRaw>) => {
          const rows = await target.$queryRaw(...args);
          if (!closedInBetween) {
            closedInBetween = true;
            expect(await control(educatorId, sessionId, "close")).toMatchObject({ ok: true });
          }
          return rows;
        };
      },
    });
    const result = await recordLiveAnswer(
      trainees[0]!,
      sessionId,
      {
        scenarioId: world.scenarioIds[0]!,
        narrative: scenario.narratives.primary,
        implication: scenario.implications.correct,
        idempotencyKey: idempotencyKey(),
      },
      tick(),
      racing,
    );
    expect(closedInBetween).toBe(true);
    expect(result).toMatchObject({ ok: false, reason: "closed" });
    expect(await prisma.answer.count({ where: { liveSessionId: sessionId } })).toBe(0);
  });

  it("keeps an outsider who is not a trainee of the class out even by a forged user id", async () => {
    const { sessionId, educatorId } = await freshSession(1);
    await control(educatorId, sessionId, "open");
    const stranger = await createUser(prisma);
    expect(await joinLiveSession(stranger.id, sessionId, tick())).toMatchObject({ ok: false, reason: "not-found" });
    expect(await answer(stranger.id, sessionId)).toMatchObject({ ok: false, reason: "unknown-session" });
  });
});

describe("live answers elsewhere in the app", () => {
  it("cannot be given through the practice answer endpoint, which would skip the session's pace", async () => {
    const { sessionId, educatorId, trainees } = await freshSession(1);
    await joinLiveSession(trainees[0]!, sessionId, tick());
    await control(educatorId, sessionId, "open");
    const attempt = await prisma.attempt.findFirstOrThrow({
      where: { liveSessionId: sessionId },
      include: { items: true },
    });
    const item = attempt.items[0]!;
    const scenario = await scenarioVersion(item.scenarioId);
    const result = await recordAnswer(trainees[0]!, attempt.id, {
      itemId: item.id,
      scenarioId: item.scenarioId,
      narrative: scenario.narratives.primary,
      implication: scenario.implications.correct,
      idempotencyKey: idempotencyKey(),
    });
    expect(result).toMatchObject({ ok: false, reason: "live-session" });
    expect(await prisma.answer.count({ where: { attemptId: attempt.id } })).toBe(0);
  });

  it("appear on the class dashboard as a source of their own, filtered by session, and in the CSV export with the session's title", async () => {
    const { sessionId, educatorId, trainees, klass } = await freshSession(2);
    for (const t of trainees) await joinLiveSession(t, sessionId, tick());
    await control(educatorId, sessionId, "open");
    for (const t of trainees) await answer(t, sessionId);

    const filtered = await classOverview(klass, { liveSession: sessionId });
    expect(filtered.answers).toBe(2);
    expect((await classOverview(klass, { liveSession: "another-session" })).answers).toBe(0);
    // As a source of their own: counted under live sessions, never as exercises or free practice.
    expect((await classOverview(klass, { source: "live" })).answers).toBe(2);
    expect((await classOverview(klass, { source: "exercises" })).answers).toBe(0);
    expect((await classOverview(klass, { source: "practice" })).answers).toBe(0);
    expect((await classOverview(klass, {})).answers).toBe(2);
    let csv = "";
    for await (const chunk of answerCsv(klass, { liveSession: sessionId })) csv += chunk;
    const [header, ...rows] = csv
      .slice(1)
      .trimEnd()
      .split("\r\n")
      // Every cell is quoted; none of these holds a quote or a comma.
      .map((line) => line.slice(1, -1).split('","'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row[header!.indexOf("live_session")]).toBe("Week 3");
    for (const row of rows) expect(row[header!.indexOf("source")]).toBe("live session");
  });
});
