import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

// The live session's HTTP surface as an attacker with curl sees it: every refusal has a clear 4xx and changes nothing.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  requestSessionClaims: async () =>
    session.user ? { sub: session.user.id, sid: `sid-${session.user.id}`, sv: 0 } : null,
}));
vi.mock("@/lib/auth/session-cookie", () => ({
  claimsFromCookieHeader: async () =>
    session.user ? { sub: session.user.id, sid: `sid-${session.user.id}`, sv: 0 } : null,
  liveUser: async (claims: unknown) => (claims ? session.user : null),
  sessionUserFromCookieHeader: async () => session.user,
}));

const control = await import("@/app/api/live/[sessionId]/control/route");
const answers = await import("@/app/api/live/[sessionId]/answers/route");
const events = await import("@/app/api/live/[sessionId]/events/route");
const { prisma } = await import("@/lib/db/prisma");
const { createLiveSession, joinLiveSession } = await import("@/lib/live/mutations");
const { liveHub } = await import("@/lib/live/hub-instance");
const { notifier } = await import("@/lib/realtime");
const { EVICT_CHANNEL } = await import("@/lib/auth/session-cache");
const { scenarioVersion } = await import("@/lib/scenarios/data");
const factories = await import("@/tests/support/factories");
const { serveFastPath } = await import("@/lib/http/fast-path");

// The event stream has two transports: the Next.js route handler, and the production server's own handler in front of
// Next.js (scripts/serve.ts). Every stream check below runs against both.
const server = http.createServer((req, res) => {
  if (!serveFastPath(req, res)) res.writeHead(404).end("not a fast path");
});
type Transport = (query?: string, headers?: Record<string, string>) => Promise<Response>;
const TRANSPORTS: [string, Transport][] = [
  [
    "route handler",
    (query = "", headers = {}) =>
      events.GET(new Request(`http://localhost/api/live/${world.sessionId}/events${query}`, { headers }), params()),
  ],
  [
    "fast path",
    (query = "", headers = {}) =>
      fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/live/${world.sessionId}/events${query}`, {
        headers,
      }),
  ],
];

const world = {} as {
  educator: { id: string };
  otherEducator: { id: string };
  trainee: string;
  lateTrainee: string;
  outsider: string;
  sessionId: string;
  scenarioId: string;
};

beforeAll(async () => {
  await factories.seedFixtureBank(prisma);
  const { educator, klass } = await factories.educatorWithClass(prisma, "Routes");
  const other = await factories.educatorWithClass(prisma, "Elsewhere");
  const scenarios = await prisma.scenario.findMany({ where: { isLatest: true }, take: 2, orderBy: { slug: "asc" } });
  const created = await createLiveSession(klass, { title: "Routes", scenarioIds: scenarios.map((s) => s.id) });
  if (!created.ok) throw new Error(created.error);
  const trainee = await factories.traineeIn(klass, "Joined");
  await joinLiveSession(trainee, created.sessionId);
  Object.assign(world, {
    educator,
    otherEducator: other.educator,
    trainee,
    lateTrainee: await factories.traineeIn(klass, "Not joined"),
    outsider: await factories.traineeIn(other.klass, "Outsider"),
    sessionId: created.sessionId,
    scenarioId: scenarios[0]!.id,
  });
});

beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
afterAll(async () => {
  await liveHub().close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  session.user = null;
});

const as = (id: string, role: SessionUser["role"]) => {
  session.user = { id, name: "Caller", role };
};
const params = (sessionId = world.sessionId) => ({ params: Promise.resolve({ sessionId }) });
const post = (body: string, sessionId = world.sessionId, type = "application/json") =>
  new Request(`http://localhost/api/live/${sessionId}/x`, { method: "POST", body, headers: { "Content-Type": type } });
const sessionRow = () => prisma.liveSession.findUniqueOrThrow({ where: { id: world.sessionId } });

async function answerBody(overrides: Record<string, unknown> = {}) {
  const scenario = await scenarioVersion(world.scenarioId);
  return JSON.stringify({
    scenarioId: world.scenarioId,
    narrative: scenario.narratives.primary,
    implication: scenario.implications.correct,
    idempotencyKey: factories.idempotencyKey(),
    ...overrides,
  });
}

describe("the control endpoint", () => {
  it.each([
    ["a signed-out caller", null, JSON.stringify({ command: "open" }), 401],
    ["a trainee", "TRAINEE", JSON.stringify({ command: "open" }), 403],
    ["another class's educator", "OTHER", JSON.stringify({ command: "open" }), 404],
    ["malformed JSON", "EDUCATOR", "{open", 400],
    ["an unknown command", "EDUCATOR", JSON.stringify({ command: "skip" }), 400],
    ["an extra field", "EDUCATOR", JSON.stringify({ command: "open", phase: "REVEALED" }), 400],
    ["a timer out of bounds", "EDUCATOR", JSON.stringify({ command: "setTimer", seconds: 99_999 }), 400],
    ["an oversized body", "EDUCATOR", JSON.stringify({ command: "open", pad: "x".repeat(5000) }), 413],
    ["reveal before close", "EDUCATOR", JSON.stringify({ command: "reveal" }), 409],
    ["a command aimed at an older version", "EDUCATOR", JSON.stringify({ command: "open", version: 0 + 999 }), 409],
  ] as const)("refuses %s with %i and changes nothing", async (_label, who, body, status) => {
    if (who === "TRAINEE") as(world.trainee, "TRAINEE");
    if (who === "OTHER") as(world.otherEducator.id, "EDUCATOR");
    if (who === "EDUCATOR") as(world.educator.id, "EDUCATOR");
    const before = await sessionRow();
    const response = await control.POST(post(body), params());
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toBeTruthy();
    expect(await sessionRow()).toEqual(before);
  });

  it("refuses a body that is not JSON, as a cross-site form would send it, and changes nothing", async () => {
    as(world.educator.id, "EDUCATOR");
    const before = await sessionRow();
    const form = post(JSON.stringify({ command: "open" }), world.sessionId, "text/plain");
    expect((await control.POST(form, params())).status).toBe(415);
    as(world.trainee, "TRAINEE");
    const answer = post(await answerBody(), world.sessionId, "application/x-www-form-urlencoded");
    expect((await answers.POST(answer, params())).status).toBe(415);
    expect(await sessionRow()).toEqual(before);
  });

  it("says why a transition is refused", async () => {
    as(world.educator.id, "EDUCATOR");
    const response = await control.POST(post(JSON.stringify({ command: "next" })), params());
    expect(await response.json()).toEqual({
      error: "No scenario is open yet: open the first scenario.",
      reason: "illegal",
    });
  });
});

describe("the answer endpoint and the event stream", () => {
  it("refuses answers and streams to those who may not have them", async () => {
    const before = await prisma.answer.count();
    expect((await answers.POST(post(await answerBody()), params())).status).toBe(401);
    as(world.educator.id, "EDUCATOR");
    expect((await answers.POST(post(await answerBody()), params())).status).toBe(403);
    as(world.outsider, "TRAINEE");
    expect((await answers.POST(post(await answerBody()), params())).status).toBe(404);
    as(world.lateTrainee, "TRAINEE");
    expect((await answers.POST(post(await answerBody()), params())).status).toBe(403);
    as(world.trainee, "TRAINEE");
    expect((await answers.POST(post(await answerBody({ narrative: "NONE" })), params())).status).toBe(400);
    const lobby = await answers.POST(post(await answerBody()), params());
    expect(lobby.status).toBe(409);
    expect(await lobby.json()).toMatchObject({ reason: "not-open" });
    expect(await prisma.answer.count()).toBe(before);

    for (const [name, open] of TRANSPORTS) {
      const stream = (userId: string | null, role: SessionUser["role"] = "TRAINEE") => {
        session.user = userId ? { id: userId, name: "Caller", role } : null;
        return open();
      };
      expect((await stream(null)).status, name).toBe(401);
      expect((await stream(world.outsider)).status, name).toBe(404);
      expect((await stream(world.otherEducator.id, "EDUCATOR")).status, name).toBe(404);
      expect((await stream(world.lateTrainee)).status, name).toBe(403);
    }
  });

  it("streams the state to a joined trainee until their sign-in is revoked, takes their answer, and replays a retry", async () => {
    as(world.educator.id, "EDUCATOR");
    expect((await control.POST(post(JSON.stringify({ command: "open" })), params())).status).toBe(200);

    as(world.trainee, "TRAINEE");
    for (const [name, open] of TRANSPORTS) {
      const response = await open();
      expect(response.status, name).toBe(200);
      expect(response.headers.get("content-type"), name).toBe("text/event-stream; charset=utf-8");
      expect(response.headers.get("cache-control"), name).toBe("no-store, no-transform");
      expect(response.headers.get("x-accel-buffering"), name).toBe("no");
      const reader = response.body!.getReader();
      let text = "";
      while (!text.includes("event: state")) text += new TextDecoder().decode((await reader.read()).value);
      expect(text, name).toMatch(/^retry: \d+\n/);
      expect(text, name).toMatch(/id: \d+\nevent: state\ndata: \{.*"phase":"ANSWERING"/);
      expect(text, name).not.toContain('"roster"');
      await reader.cancel();

      // Signing out elsewhere (or a password change, a disabled account) ends the open stream at once.
      const watched = await open();
      const watching = watched.body!.getReader();
      let opened = "";
      while (!opened.includes("event: state")) opened += new TextDecoder().decode((await watching.read()).value);
      await notifier().publish(EVICT_CHANNEL, JSON.stringify({ session: `sid-${world.trainee}` }));
      expect((await watching.read()).done, name).toBe(true);
    }

    const body = await answerBody();
    const first = await answers.POST(post(body), params());
    expect(first.status).toBe(201);
    const again = await answers.POST(post(body), params());
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ replayed: true });
    expect(await prisma.answer.count({ where: { liveSessionId: world.sessionId } })).toBe(1);
  });

  it("tells a client that has seen the end to stop reconnecting", async () => {
    as(world.educator.id, "EDUCATOR");
    expect((await control.POST(post(JSON.stringify({ command: "end" })), params())).status).toBe(200);
    const { version } = await sessionRow();
    as(world.trainee, "TRAINEE");
    for (const [name, open] of TRANSPORTS) {
      expect((await open("", { "Last-Event-ID": String(version) })).status, name).toBe(204);
    }
  });
});
