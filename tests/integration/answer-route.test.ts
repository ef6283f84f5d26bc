import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

// The session is the request's; here it is whoever the test says. The database and both transports are real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("@/lib/auth/session-cookie", () => ({ sessionUserFromCookieHeader: async () => session.user }));

const { POST } = await import("@/app/api/attempts/[attemptId]/answers/route");
const { serveFastPath } = await import("@/lib/http/fast-path");
const { prisma } = await import("@/lib/db/prisma");
const { answerFor, practiceAttempt, seedFixtureBank } = await import("@/tests/support/factories");

// The endpoint has two transports: the Next.js route handler, and the production server's own handler in front of
// Next.js (scripts/serve.ts). Every test below runs against both.
type Transport = (attemptId: string, body: string, contentType: string | null) => Promise<Response>;

const throughRoute: Transport = (attemptId, body, contentType) =>
  POST(
    new Request(`http://localhost/api/attempts/${attemptId}/answers`, {
      method: "POST",
      body,
      headers: contentType ? { "Content-Type": contentType } : {},
    }),
    { params: Promise.resolve({ attemptId }) },
  );

const server = http.createServer((req, res) => {
  if (!serveFastPath(req, res)) res.writeHead(404).end("not a fast path");
});
const throughServer: Transport = (attemptId, body, contentType) => {
  const { port } = server.address() as AddressInfo;
  // A byte body, so that no Content-Type is added when the test sends none.
  return fetch(`http://127.0.0.1:${port}/api/attempts/${encodeURIComponent(attemptId)}/answers`, {
    method: "POST",
    body: new TextEncoder().encode(body),
    headers: contentType ? { "Content-Type": contentType } : {},
  });
};

beforeAll(async () => {
  await seedFixtureBank(prisma);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.each([
  ["the Next.js route handler", throughRoute],
  ["the production server's fast path", throughServer],
])("the answer endpoint through %s", (_name, transport) => {
  type Practice = Awaited<ReturnType<typeof practiceAttempt>>;
  let practice: Practice;

  beforeAll(async () => {
    practice = await practiceAttempt(prisma, 5);
  });

  beforeEach(() => {
    session.user = { id: practice.user.id, name: "Trainee", role: "TRAINEE" };
  });

  const post = (body: string, attemptId = practice.attempt.id, contentType: string | null = "application/json") =>
    transport(attemptId, body, contentType);

  // Each payload is built when its test runs, after beforeAll has made the attempt it refers to.
  const valid = () => answerFor(practice.attempt.items[0]!);

  it("refuses a request without a session with 401 and stores nothing", async () => {
    session.user = null;
    const response = await post(JSON.stringify(valid()));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign in to answer." });
    expect(await prisma.answer.count({ where: { attemptId: practice.attempt.id } })).toBe(0);
  });

  it.each([
    ["malformed JSON", () => "{not json", 400, "The answer must be a JSON object."],
    [
      "a missing field",
      () => JSON.stringify({ ...valid(), narrative: undefined }),
      400,
      "The answer is incomplete or malformed.",
    ],
    [
      "an unknown narrative",
      () => JSON.stringify({ ...valid(), narrative: "<script>alert(1)</script>" }),
      400,
      "The answer is incomplete or malformed.",
    ],
    ["an extra field", () => JSON.stringify({ ...valid(), points: 2 }), 400, "The answer is incomplete or malformed."],
    [
      "an oversized body",
      () => JSON.stringify({ ...valid(), padding: "x".repeat(10_000) }),
      413,
      "The answer must be under 4096 bytes.",
    ],
  ])("refuses %s with a clear message and stores nothing", async (_label, payload, status, error) => {
    const response = await post(payload());
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ error });
    expect(await prisma.answer.count({ where: { attemptId: practice.attempt.id } })).toBe(0);
  });

  // A form on another site can post text/plain or form encodings without a preflight; JSON it cannot.
  it.each([
    ["text/plain", "text/plain;charset=UTF-8"],
    ["a form encoding", "application/x-www-form-urlencoded"],
    ["multipart", "multipart/form-data; boundary=x"],
    ["no content type", null],
  ])("refuses %s with 415 and stores nothing", async (_label, contentType) => {
    const response = await post(JSON.stringify(valid()), practice.attempt.id, contentType);
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: "Send the answer as application/json." });
    expect(await prisma.answer.count({ where: { attemptId: practice.attempt.id } })).toBe(0);
  });

  it("accepts application/json with a charset", async () => {
    const other = await practiceAttempt(prisma, 5);
    session.user = { id: other.user.id, name: "Trainee", role: "TRAINEE" };
    const response = await post(
      JSON.stringify(answerFor(other.attempt.items[0]!)),
      other.attempt.id,
      "Application/JSON; charset=utf-8",
    );
    expect(response.status).toBe(201);
  });

  it("names the field that is wrong", async () => {
    const response = await post(JSON.stringify({ ...valid(), implication: undefined }));
    expect(await response.json()).toMatchObject({ fields: { implication: "Choose one of the policy implications" } });
  });

  it("answers 404 for another trainee's session, as for an unknown one", async () => {
    const other = await practiceAttempt(prisma, 5);
    const response = await post(JSON.stringify(answerFor(other.attempt.items[0]!)), other.attempt.id);
    expect(response.status).toBe(404);
    expect((await post(JSON.stringify(valid()), "no-such-attempt")).status).toBe(404);
    expect((await post(JSON.stringify(valid()), "%E0%A4%A")).status).toBe(404);
    expect(await prisma.answer.count({ where: { attemptId: other.attempt.id } })).toBe(0);
  });

  it("stores a valid answer with 201, replays it with 200, and refuses a different answer with 409", async () => {
    const answer = valid();
    const first = await post(JSON.stringify(answer));
    expect(first.status).toBe(201);
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(first.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(await first.json()).toMatchObject({ replayed: false, feedback: { points: 2 } });
    expect((await post(JSON.stringify(answer))).status).toBe(200);
    const changed = await post(
      JSON.stringify({ ...answer, idempotencyKey: "another-key-123", narrative: "CORRUPTION" }),
    );
    expect(changed.status).toBe(409);
    expect(await prisma.answer.count({ where: { attemptId: practice.attempt.id } })).toBe(1);
  });
});
