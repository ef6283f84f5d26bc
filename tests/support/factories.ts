import crypto from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { IMPLICATION_CODES } from "@/lib/domain/implications";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import { upsertScenarios } from "@/lib/scenarios/mutations";
import { withKey } from "@/tests/support/scenario-fixture";

// 16 scenarios, four per narrative, every implication correct twice.
export function fixtureBank() {
  return Array.from({ length: 16 }, (_, i) => withKey(NARRATIVE_CODES[i % 4]!, IMPLICATION_CODES[i % 8]!, i));
}

export async function seedFixtureBank(db: PrismaClient) {
  await upsertScenarios(fixtureBank(), db);
}

let passwordHash: Promise<string> | undefined;
export async function createUser(db: PrismaClient, overrides: { role?: string; email?: string; password?: string } = {}) {
  const hash = overrides.password ? hashPassword(overrides.password) : (passwordHash ??= hashPassword("correct horse battery"));
  return db.user.create({
    data: {
      email: overrides.email ?? `${crypto.randomUUID()}@test.local`,
      displayName: "Test User",
      role: overrides.role ?? "TRAINEE",
      passwordHash: await hash,
    },
  });
}

export function idempotencyKey(): string {
  return crypto.randomUUID();
}
