import crypto from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { createTraineeInClass } from "@/lib/accounts/mutations";
import { hashPassword } from "@/lib/auth/password";
import { findOwnedClass } from "@/lib/classes/data";
import { createClass } from "@/lib/classes/mutations";
import type { OwnedClass } from "@/lib/classes/types";
import { IMPLICATION_CODES } from "@/lib/domain/implications";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import { findAttemptForUser, type AttemptWithItems } from "@/lib/practice/data";
import { createAttempt } from "@/lib/practice/mutations";
import type { AnswerInput } from "@/lib/practice/schema";
import { upsertScenarios } from "@/lib/scenarios/mutations";
import { withKey } from "@/tests/support/scenario-fixture";

export const TEST_PASSWORD = "correct horse battery";

// 16 scenarios, four per narrative, every implication correct twice.
export function fixtureBank() {
  return Array.from({ length: 16 }, (_, i) => withKey(NARRATIVE_CODES[i % 4]!, IMPLICATION_CODES[i % 8]!, i));
}

export async function seedFixtureBank(db: PrismaClient) {
  await upsertScenarios(fixtureBank(), db);
}

let passwordHash: Promise<string> | undefined;
export async function createUser(
  db: PrismaClient,
  overrides: { role?: string; email?: string; password?: string; displayName?: string } = {},
) {
  const hash = overrides.password ? hashPassword(overrides.password) : (passwordHash ??= hashPassword(TEST_PASSWORD));
  return db.user.create({
    data: {
      email: overrides.email ?? `${crypto.randomUUID()}@test.local`,
      displayName: overrides.displayName ?? "Test User",
      role: overrides.role ?? "TRAINEE",
      passwordHash: await hash,
    },
  });
}

export function idempotencyKey(): string {
  return crypto.randomUUID();
}

/** An educator with a class of their own, as the ownership check hands it out. */
export async function educatorWithClass(db: PrismaClient, name = "Test class") {
  const educator = await createUser(db, { role: "EDUCATOR" });
  const { id } = await createClass(educator.id, name, db);
  const klass = (await findOwnedClass(educator.id, id, db)) as OwnedClass;
  return { educator, klass };
}

/** A trainee who joined the class with a generated username. */
export async function traineeIn(klass: { id: string }, displayName = "Trainee") {
  const { userId } = await createTraineeInClass({ classId: klass.id, displayName, password: "a long enough password" });
  return userId;
}

/** A trainee's free practice session of `size` scenarios, read back with its items. */
export async function practiceAttempt(db: PrismaClient, size = 10) {
  const user = await createUser(db);
  const { id } = await createAttempt({ userId: user.id, size, lastAnsweredAt: new Map() }, db);
  return { user, attempt: (await findAttemptForUser(id, user.id))! };
}

type Item = AttemptWithItems["items"][number];

/** The answer to an item: the key by default, with whatever a test overrides. */
export function answerFor(item: Item, overrides: Partial<AnswerInput> = {}): AnswerInput {
  return {
    itemId: item.id,
    scenarioId: item.scenarioId,
    narrative: item.scenario.narratives.primary,
    implication: item.scenario.implications.correct,
    idempotencyKey: idempotencyKey(),
    ...overrides,
  };
}
