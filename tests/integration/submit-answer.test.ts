import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { findAttemptForUser } from "@/lib/practice/data";
import { createAttempt } from "@/lib/practice/mutations";
import { submitAnswer } from "@/lib/practice/submit-answer";
import { createUser, idempotencyKey, seedFixtureBank } from "@/tests/support/factories";

let userId: string;
let attemptId: string;
let body: Record<string, unknown>;

beforeAll(async () => {
  await seedFixtureBank(prisma);
  const user = await createUser(prisma);
  userId = user.id;
  attemptId = (await createAttempt({ userId, size: 5, lastAnsweredAt: new Map() })).id;
  const item = (await findAttemptForUser(attemptId, userId))!.items[0]!;
  body = {
    itemId: item.id,
    scenarioId: item.scenarioId,
    narrative: item.scenario.narratives.primary,
    implication: item.scenario.implications.correct,
    idempotencyKey: idempotencyKey(),
  };
});

function post(payload: string, id = attemptId) {
  return submitAnswer(userId, id, new Request("http://localhost/api", { method: "POST", body: payload }));
}

describe("the answer endpoint's parsing", () => {
  it.each([
    ["malformed JSON", "{not json", 400],
    ["a missing field", JSON.stringify({ ...body, narrative: undefined }), 400],
    ["an unknown narrative", JSON.stringify({ ...body, narrative: "<script>alert(1)</script>" }), 400],
    ["an extra field", JSON.stringify({ ...body, points: 2 }), 400],
    ["an oversized body", JSON.stringify({ ...body, padding: "x".repeat(10_000) }), 413],
  ])("refuses %s with a clear message and stores nothing", async (_label, payload, status) => {
    const result = await post(payload);
    expect(result.status).toBe(status);
    expect(result.body.error).toEqual(expect.any(String));
    expect(await prisma.answer.count({ where: { attemptId } })).toBe(0);
  });

  it("names the field that is missing", async () => {
    const result = await post(JSON.stringify({ ...body, implication: undefined }));
    expect(result.body.fields).toEqual({ implication: "Choose one of the policy implications" });
  });

  it("answers 404 for an unknown session id", async () => {
    expect((await post(JSON.stringify(body), "no-such-attempt")).status).toBe(404);
  });

  it("stores a valid answer", async () => {
    const result = await post(JSON.stringify(body));
    expect(result.status).toBe(201);
    expect(await prisma.answer.count({ where: { attemptId } })).toBe(1);
  });
});
