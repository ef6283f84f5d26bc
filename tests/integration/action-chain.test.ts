import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

// The session is the request's; here it is whoever the test says. The database and every action are real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("@/lib/auth/request-address", () => ({ requestAddress: async () => "10.9.9.9" }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ delete: () => undefined }) }));

const { ACTION_ACCESS, UNREADABLE_FORM } = await import("@/lib/auth/action");
const { ADMINS, EDUCATORS, FORBIDDEN, SIGNED_OUT, TRAINEES } = await import("@/lib/auth/guards");
const { ROLES } = await import("@/lib/auth/roles");
const { NOT_YOUR_CLASS } = await import("@/lib/classes/schema");
const { prisma } = await import("@/lib/db/prisma");
const { createExercise } = await import("@/lib/exercises/mutations");
const { createLiveSession } = await import("@/lib/live/mutations");
const { recordAnswer } = await import("@/lib/practice/answer-mutations");
const { findAttemptForUser } = await import("@/lib/practice/data");
const { createAttempt } = await import("@/lib/practice/mutations");
const { createPrePost } = await import("@/lib/prepost/mutations");
const { createSession } = await import("@/lib/auth/session-mutations");
const factories = await import("@/tests/support/factories");
const { fixtureForms } = await import("@/tests/support/prepost");

type Action = (state: object, formData: FormData) => Promise<{ error?: string; fields?: object; ok?: boolean }>;
type Role = (typeof ROLES)[number];

// Every module of server actions, found by file name so that a new one cannot be left out.
const modules = import.meta.glob<Record<string, unknown>>("/lib/**/actions.ts", { eager: true });
const actions = new Map<string, Action>();
for (const [file, exports] of Object.entries(modules)) {
  for (const [name, value] of Object.entries(exports)) actions.set(`${file.split("/")[2]}.${name}`, value as Action);
}

// Who may call each action. Adding an action means adding it here, and deciding.
const ACCESS: Record<string, readonly Role[] | "public"> = {
  "accounts.signUpEducatorAction": "public",
  "accounts.joinAsNewTraineeAction": "public",
  "accounts.joinWithCodeAction": TRAINEES,
  "accounts.changePasswordAction": ROLES,
  "accounts.addEmailAction": TRAINEES,
  "accounts.signOutEverywhereAction": ROLES,
  "accounts.deleteAccountAction": ROLES,
  "admin.setOpenSignUpAction": ADMINS,
  "admin.setEducatorEnabledAction": ADMINS,
  "admin.endEducatorSessionsAction": ADMINS,
  "admin.endEverySessionAction": ADMINS,
  "auth.signOutAction": "public",
  "classes.createClassAction": EDUCATORS,
  "classes.rotateJoinCodeAction": EDUCATORS,
  "classes.setJoinCodeEnabledAction": EDUCATORS,
  "classes.setArchivedAction": EDUCATORS,
  "classes.removeMemberAction": EDUCATORS,
  "classes.deleteClassAction": EDUCATORS,
  "classes.setContentExclusionsAction": EDUCATORS,
  "exercises.createExerciseAction": EDUCATORS,
  "live.startLiveSessionAction": EDUCATORS,
  "live.joinLiveByPinAction": TRAINEES,
  "live.joinLiveSessionAction": TRAINEES,
  "practice.startPracticeAction": ROLES,
  "practice.startExerciseAction": TRAINEES,
  "practice.practiseMistakesAction": ROLES,
  "prepost.createPrePostAction": EDUCATORS,
  "prepost.openPostTestAction": EDUCATORS,
  "prepost.startPrePostAction": TRAINEES,
};

const world = {} as {
  owner: { id: string };
  classId: string;
  joinCode: string;
  memberId: string;
  exerciseId: string;
  scenarioId: string;
  liveSessionId: string;
  livePin: string;
  /** A finished practice session of the owner's trainee with a mistake in it. */
  attemptId: string;
  prePostId: string;
  forms: { formA: string[]; formB: string[] };
  users: Record<Role, { id: string }>;
};

beforeAll(async () => {
  await factories.seedFixtureBank(prisma);
  const { educator, klass } = await factories.educatorWithClass(prisma, "Owned");
  const traineeId = await factories.traineeIn(klass, "Pupil");
  const scenario = await prisma.scenario.findFirstOrThrow({ where: { isLatest: true } });
  const exercise = await createExercise(klass, {
    title: "Open",
    scenarioIds: [scenario.id],
    mode: "PRACTICE",
    opensAt: new Date(Date.now() - 60_000),
    closesAt: new Date(Date.now() + 3_600_000),
    attemptsAllowed: 1,
  });
  if (!exercise.ok) throw new Error(exercise.error);
  const live = await createLiveSession(klass, { title: "Live", scenarioIds: [scenario.id] });
  if (!live.ok) throw new Error(live.error);
  const { pin } = await prisma.liveSession.findUniqueOrThrow({ where: { id: live.sessionId } });
  const practised = await createAttempt({ userId: traineeId, size: 1, lastAnsweredAt: new Map() }, prisma);
  const item = (await findAttemptForUser(practised.id, traineeId))!.items[0]!;
  const wrong = item.scenario.implications.distractors[0]!;
  const answered = await recordAnswer(
    traineeId,
    practised.id,
    factories.answerFor(item, { implication: wrong }),
    prisma,
  );
  if (!answered.ok) throw new Error(answered.message);
  const forms = await fixtureForms(prisma);
  const prePost = await createPrePost(klass, {
    title: "Before and after",
    ...forms,
    counterbalanced: true,
    closesAt: new Date(Date.now() + 3_600_000),
  });
  if (!prePost.ok) throw new Error(prePost.error);
  // A live session, so that an action ending sessions would show in the snapshot.
  await createSession(educator.id);
  Object.assign(world, {
    liveSessionId: live.sessionId,
    livePin: pin,
    attemptId: practised.id,
    prePostId: prePost.prePostId,
    forms,
    owner: educator,
    classId: klass.id,
    joinCode: klass.joinCode,
    memberId: (await prisma.classMember.findFirstOrThrow({ where: { userId: traineeId } })).id,
    exerciseId: exercise.exerciseId,
    scenarioId: scenario.id,
    users: {
      TRAINEE: await factories.createUser(prisma),
      EDUCATOR: await factories.createUser(prisma, { role: "EDUCATOR" }),
      ADMIN: await factories.createUser(prisma, { role: "ADMIN" }),
    },
  });
});

beforeEach(() => {
  session.user = null;
});

// A form each action would accept from its rightful caller, aimed at the owner's class.
function validForm(key: string): FormData {
  const fields: Record<string, string | string[]> = {
    "accounts.joinWithCodeAction": { code: world.joinCode },
    "accounts.changePasswordAction": {
      currentPassword: factories.TEST_PASSWORD,
      newPassword: "a different long passphrase",
    },
    "accounts.addEmailAction": { email: "new-address@test.local", currentPassword: factories.TEST_PASSWORD },
    "accounts.deleteAccountAction": { password: factories.TEST_PASSWORD },
    "admin.setOpenSignUpAction": { open: "false" },
    "admin.setEducatorEnabledAction": { userId: world.owner.id, enabled: "false" },
    "admin.endEducatorSessionsAction": { userId: world.owner.id },
    "classes.createClassAction": { name: "Taken over" },
    "classes.rotateJoinCodeAction": { classId: world.classId },
    "classes.setJoinCodeEnabledAction": { classId: world.classId, enabled: "false" },
    "classes.setArchivedAction": { classId: world.classId, archived: "true" },
    "classes.removeMemberAction": { classId: world.classId, memberId: world.memberId },
    "classes.deleteClassAction": { classId: world.classId },
    "exercises.createExerciseAction": {
      classId: world.classId,
      title: "Injected",
      scenarioIds: [world.scenarioId],
      mode: "PRACTICE",
      opensAt: new Date().toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      attemptsAllowed: "1",
    },
    "live.startLiveSessionAction": {
      classId: world.classId,
      title: "Injected",
      source: "choose",
      scenarioIds: [world.scenarioId],
    },
    "live.joinLiveByPinAction": { pin: world.livePin },
    "live.joinLiveSessionAction": { sessionId: world.liveSessionId },
    "practice.startPracticeAction": { size: "5" },
    "practice.startExerciseAction": { exerciseId: world.exerciseId },
    "practice.practiseMistakesAction": { attemptId: world.attemptId },
    "classes.setContentExclusionsAction": { classId: world.classId, warnings: ["executions", "killing"] },
    "prepost.createPrePostAction": {
      classId: world.classId,
      title: "Injected",
      ...world.forms,
      counterbalanced: "true",
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    },
    "prepost.openPostTestAction": { classId: world.classId, prePostId: world.prePostId },
    "prepost.startPrePostAction": { prePostId: world.prePostId },
  }[key] as Record<string, string | string[]>;
  const data = new FormData();
  for (const [name, value] of Object.entries(fields ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  return data;
}

// Everything an action could change, so a refusal can be shown to have changed nothing at all.
async function snapshot() {
  const [users, classes, members, exercises, attempts, settings, prePosts, orders, sessions, liveSessions] =
    await Promise.all([
      prisma.user.findMany({
        orderBy: { id: "asc" },
        select: { id: true, email: true, passwordHash: true, sessionVersion: true, disabledAt: true },
      }),
      prisma.class.findMany({ orderBy: { id: "asc" } }),
      prisma.classMember.findMany({ orderBy: { id: "asc" } }),
      prisma.exercise.findMany({ orderBy: { id: "asc" } }),
      prisma.attempt.findMany({ orderBy: { id: "asc" } }),
      prisma.setting.findMany({ orderBy: { key: "asc" } }),
      prisma.prePostAssessment.findMany({ orderBy: { id: "asc" } }),
      prisma.prePostOrder.findMany({ orderBy: [{ prePostId: "asc" }, { userId: "asc" }] }),
      prisma.session.findMany({ orderBy: { id: "asc" } }),
      prisma.liveSession.findMany({ orderBy: { id: "asc" } }),
    ]);
  return { users, classes, members, exercises, attempts, settings, prePosts, orders, sessions, liveSessions };
}

const signedInAs = (user: { id: string }, role: Role) => {
  session.user = { id: user.id, name: "Caller", role };
};

describe("the action chain", () => {
  it("builds every exported server action, with the access this table gives it", () => {
    expect(actions.size).toBeGreaterThan(0);
    for (const [key, action] of actions) {
      expect(ACCESS, `${key} is missing from the access table`).toHaveProperty([key]);
      expect(
        (action as unknown as Record<symbol, unknown>)[ACTION_ACCESS],
        `${key} does not go through the chain`,
      ).toEqual(ACCESS[key]);
    }
    expect([...actions.keys()].sort()).toEqual(Object.keys(ACCESS).sort());
  });

  const guarded = Object.entries(ACCESS).filter((entry): entry is [string, readonly Role[]] => entry[1] !== "public");

  it.each(guarded)("%s refuses a signed-out caller and changes nothing", async (key) => {
    const before = await snapshot();
    expect(await actions.get(key)!({}, validForm(key))).toEqual({ error: SIGNED_OUT });
    expect(await snapshot()).toEqual(before);
  });

  it.each(
    guarded.flatMap(([key, allowed]) => ROLES.filter((r) => !allowed.includes(r)).map((role) => [key, role] as const)),
  )("%s refuses a caller with the role %s and changes nothing", async (key, role) => {
    signedInAs(world.users[role], role);
    const before = await snapshot();
    expect(await actions.get(key)!({}, validForm(key))).toEqual({ error: FORBIDDEN });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    "classes.rotateJoinCodeAction",
    "classes.setJoinCodeEnabledAction",
    "classes.setArchivedAction",
    "classes.removeMemberAction",
    "classes.deleteClassAction",
    "classes.setContentExclusionsAction",
    "exercises.createExerciseAction",
    "live.startLiveSessionAction",
    "prepost.createPrePostAction",
    "prepost.openPostTestAction",
  ])("%s refuses another educator's class by id and changes nothing", async (key) => {
    signedInAs(world.users.EDUCATOR, "EDUCATOR");
    const before = await snapshot();
    expect(await actions.get(key)!({}, validForm(key))).toEqual({ error: NOT_YOUR_CLASS });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to start an exercise of a class the trainee is not in, and starts nothing", async () => {
    signedInAs(world.users.TRAINEE, "TRAINEE");
    const before = await snapshot();
    const result = await actions.get("practice.startExerciseAction")!({}, validForm("practice.startExerciseAction"));
    expect(result).toEqual({ error: "No such exercise in your classes." });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to practise the mistakes of another user's session, and starts nothing", async () => {
    signedInAs(world.users.TRAINEE, "TRAINEE");
    const before = await snapshot();
    const result = await actions.get("practice.practiseMistakesAction")!(
      {},
      validForm("practice.practiseMistakesAction"),
    );
    expect(result).toEqual({ error: "No such session of yours." });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to start a pre/post assessment of a class the trainee is not in, and starts nothing", async () => {
    signedInAs(world.users.TRAINEE, "TRAINEE");
    const before = await snapshot();
    const result = await actions.get("prepost.startPrePostAction")!({}, validForm("prepost.startPrePostAction"));
    expect(result).toEqual({ error: "No such assessment in your classes." });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to open the post-test of another class's assessment through the educator's own class", async () => {
    const { educator, klass } = await factories.educatorWithClass(prisma, "Elsewhere");
    signedInAs(educator, "EDUCATOR");
    const form = new FormData();
    form.set("classId", klass.id);
    form.set("prePostId", world.prePostId);
    const before = await snapshot();
    expect(await actions.get("prepost.openPostTestAction")!({}, form)).toEqual({
      error: "That pre/post assessment does not exist or is not yours.",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses arguments no form of the app sends, in every action, and changes nothing", async () => {
    signedInAs(world.owner, "EDUCATOR");
    const before = await snapshot();
    for (const [key, action] of actions) {
      const call = action as unknown as (...args: unknown[]) => Promise<unknown>;
      for (const args of [[], [1, 2], [{}], [{}, "text"], [null, null]]) {
        expect(await call(...args), `${key}(${JSON.stringify(args)})`).toEqual({ error: UNREADABLE_FORM });
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to set an exercise in an archived class, and creates nothing", async () => {
    const { educator, klass } = await factories.educatorWithClass(prisma, "Archived");
    await prisma.class.update({ where: { id: klass.id }, data: { archivedAt: new Date() } });
    signedInAs(educator, "EDUCATOR");
    const form = validForm("exercises.createExerciseAction");
    form.set("classId", klass.id);
    expect(await actions.get("exercises.createExerciseAction")!({}, form)).toEqual({
      error: "This class is archived. Make it active again to set exercises.",
    });
    expect(await prisma.exercise.count({ where: { classId: klass.id } })).toBe(0);
  });

  it("refuses malformed input with field errors before reaching the data layer", async () => {
    signedInAs(world.owner, "EDUCATOR");
    const form = new FormData();
    form.set("name", "x".repeat(10_000));
    const before = await snapshot();
    expect(await actions.get("classes.createClassAction")!({}, form)).toMatchObject({
      error: "Check the highlighted fields.",
      fields: { name: "Use at most 80 characters" },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("lets the owner act on their own class", async () => {
    // A class of its own, so the shared world stays as the other tests expect it.
    const { educator, klass } = await factories.educatorWithClass(prisma, "Rotated");
    signedInAs(educator, "EDUCATOR");
    const form = new FormData();
    form.set("classId", klass.id);
    expect(await actions.get("classes.rotateJoinCodeAction")!({}, form)).toMatchObject({ ok: true });
    expect((await prisma.class.findUniqueOrThrow({ where: { id: klass.id } })).joinCode).not.toBe(klass.joinCode);
  });
});
