import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

// Starting and joining live sessions through their server actions, with the session and the client address the test
// says; redirects are caught as Next.js throws them.
const session = vi.hoisted(() => ({ user: null as SessionUser | null, address: "10.1.1.1" }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("@/lib/auth/request-address", () => ({ requestAddress: async () => session.address }));

const { joinLiveByPinAction, joinLiveSessionAction, startLiveSessionAction } = await import("@/lib/live/actions");
const { LIMITS } = await import("@/lib/auth/rate-limit-mutations");
const { prisma } = await import("@/lib/db/prisma");
const { controlLiveSession } = await import("@/lib/live/control-mutations");
const factories = await import("@/tests/support/factories");

type Action = (state: object, form: FormData) => Promise<unknown>;

/** The action's result, or where it redirected to. */
async function run(action: Action, fields: Record<string, string | string[]>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  }
  try {
    return await action({}, form);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    throw error;
  }
}

const world = {} as {
  educatorId: string;
  classId: string;
  trainee: string;
  outsider: string;
  scenarioIds: string[];
};

beforeAll(async () => {
  await factories.seedFixtureBank(prisma);
  const { educator, klass } = await factories.educatorWithClass(prisma, "Actions");
  const other = await factories.educatorWithClass(prisma, "Other");
  const scenarios = await prisma.scenario.findMany({ where: { isLatest: true }, take: 3, orderBy: { slug: "asc" } });
  Object.assign(world, {
    educatorId: educator.id,
    classId: klass.id,
    trainee: await factories.traineeIn(klass, "Member"),
    outsider: await factories.traineeIn(other.klass, "Outsider"),
    scenarioIds: scenarios.map((s) => s.id),
  });
});

beforeEach(() => {
  session.address = `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
});

const as = (id: string, role: SessionUser["role"]) => {
  session.user = { id, name: "Caller", role };
};

describe("live session actions", () => {
  it("starts a session and opens its presenter view; a second one is refused while it runs", async () => {
    as(world.educatorId, "EDUCATOR");
    const fields = { classId: world.classId, title: "Week 3", source: "choose", scenarioIds: world.scenarioIds };
    const started = (await run(startLiveSessionAction, fields)) as { redirect: string };
    expect(started.redirect).toMatch(/^\/live\/[\w-]+\/present$/);
    expect(await run(startLiveSessionAction, fields)).toMatchObject({ error: /still running/ });
    expect(await run(startLiveSessionAction, { ...fields, source: "exercise" })).toMatchObject({
      fields: { exerciseId: "Choose an exercise" },
    });
    const sessionId = started.redirect.split("/")[2]!;

    as(world.trainee, "TRAINEE");
    const { pin } = await prisma.liveSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(await run(joinLiveByPinAction, { pin: `${pin.slice(0, 3)} ${pin.slice(3)}` })).toEqual({
      redirect: `/live/${sessionId}`,
    });
    expect(await run(joinLiveSessionAction, { sessionId })).toEqual({ redirect: `/live/${sessionId}` });
    expect(await prisma.attempt.count({ where: { liveSessionId: sessionId } })).toBe(1);

    as(world.outsider, "TRAINEE");
    expect(await run(joinLiveByPinAction, { pin })).toMatchObject({ fields: { pin: /a class you are not in/ } });
    expect(await run(joinLiveSessionAction, { sessionId })).toEqual({ error: "No such live session in your classes." });

    await controlLiveSession(world.educatorId, sessionId, { command: "end" });
    as(world.trainee, "TRAINEE");
    expect(await run(joinLiveByPinAction, { pin })).toEqual({
      fields: { pin: "That live session has ended." },
      values: { pin },
    });
  });

  it("says clearly when no session runs with a PIN, and stops an address guessing PINs in bulk", async () => {
    as(world.trainee, "TRAINEE");
    const unknown = "No live session is running with this PIN. Check the PIN on the projector.";
    expect(await run(joinLiveByPinAction, { pin: "12" })).toMatchObject({ fields: { pin: "A PIN has 6 digits" } });
    for (let i = 0; i < LIMITS.address.points; i++) {
      const guess = String(100000 + i);
      expect(await run(joinLiveByPinAction, { pin: guess })).toMatchObject({ fields: { pin: unknown } });
    }
    expect(await run(joinLiveByPinAction, { pin: "999999" })).toMatchObject({
      fields: { pin: /Too many attempts/ },
    });
    // Another address is not held back by this one's failures.
    session.address = "10.3.3.3";
    expect(await run(joinLiveByPinAction, { pin: "999999" })).toMatchObject({ fields: { pin: unknown } });
  });
});
