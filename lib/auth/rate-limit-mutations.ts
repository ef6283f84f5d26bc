import "server-only";
import crypto from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { prisma as defaultClient } from "@/lib/db/prisma";

/**
 * Rate limits counted in the database, so every server process shares them. Each count is taken atomically, in one
 * statement, BEFORE the work it guards (a password check, a class-code lookup, an account creation): parallel
 * requests cannot all read "9 so far" and all go ahead. A request that turns out fine gives its point back.
 */
export const LIMITS = {
  /** Password guesses against one account, whatever login name (email or username) was typed. */
  account: { points: 10, windowSeconds: 15 * 60 },
  /** A login name that matches no account: counted alike, so a missing account behaves like a present one. */
  login: { points: 10, windowSeconds: 15 * 60 },
  /** Failed sign-ins and wrong class codes from one client address. */
  address: { points: 10, windowSeconds: 15 * 60 },
  /** Accounts created (sign-up, joining as a new trainee) from one client address: each costs a memory-hard hash. */
  creation: { points: 60, windowSeconds: 60 * 60 },
  /** Email changes refused or made by one account. */
  email: { points: 5, windowSeconds: 60 * 60 },
} as const;

export type LimitScope = keyof typeof LIMITS;

export interface LimitKey {
  scope: LimitScope;
  /** What is counted: an account id, a normalised login name, a client address. */
  subject: string;
  /** Separates counters of one scope used for different things, such as sign-in and joining. */
  purpose?: string;
}

export class TooManyAttempts extends Error {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
}

let hmacKey: string | undefined;

// A keyed hash, so the table holds no login name or address that could be read back (an address hashed without a
// key is found again by trying all 2^32).
export function storedKey({ scope, subject, purpose }: LimitKey): string {
  hmacKey ??= resolveAuthSecret().secret;
  const text = `${purpose ?? scope}\u0000${scope}\u0000${subject.trim().toLowerCase()}`;
  return crypto.createHmac("sha256", hmacKey).update(text).digest("base64url");
}

interface CounterRow {
  points: number | bigint;
  expiresAt: Date | string;
}

let lastSweep = 0;

async function sweepExpired(db: PrismaClient, now: Date): Promise<void> {
  if (now.getTime() - lastSweep < 60_000) return;
  lastSweep = now.getTime();
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE "expiresAt" <= ${now}`;
}

async function take(db: PrismaClient, key: LimitKey, now: Date): Promise<{ points: number; expiresAt: Date }> {
  const { windowSeconds } = LIMITS[key.scope];
  const expires = new Date(now.getTime() + windowSeconds * 1000);
  const id = storedKey(key);
  // One statement: insert, or increment within the window, or restart an expired window. Valid on SQLite and
  // PostgreSQL alike.
  const rows = await db.$queryRaw<CounterRow[]>`
    INSERT INTO "RateLimit" ("key", "points", "expiresAt") VALUES (${id}, 1, ${expires})
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN 1 ELSE "RateLimit"."points" + 1 END,
      "expiresAt" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN ${expires} ELSE "RateLimit"."expiresAt" END
    RETURNING "points", "expiresAt"`;
  const row = rows[0]!;
  return {
    points: Number(row.points),
    expiresAt: row.expiresAt instanceof Date ? row.expiresAt : new Date(row.expiresAt),
  };
}

/**
 * Takes one point from each counter; refuses (throws TooManyAttempts) when any is now over its limit. A refused
 * request keeps its points: it did no work, and an attacker gains nothing by sending more.
 */
export async function consume(keys: readonly LimitKey[], db: PrismaClient = defaultClient, now = new Date()) {
  await sweepExpired(db, now);
  let retryAfterMs = 0;
  for (const key of keys) {
    const counter = await take(db, key, now);
    if (counter.points > LIMITS[key.scope].points) {
      retryAfterMs = Math.max(retryAfterMs, counter.expiresAt.getTime() - now.getTime());
    }
  }
  if (retryAfterMs > 0) throw new TooManyAttempts(retryAfterMs / 1000);
}

/** Gives back the point a request took, when it turned out to be no failure (right password, valid class code). */
export async function refund(keys: readonly LimitKey[], db: PrismaClient = defaultClient, now = new Date()) {
  for (const key of keys) {
    await db.$executeRaw`
      UPDATE "RateLimit" SET "points" = "points" - 1
      WHERE "key" = ${storedKey(key)} AND "points" > 0 AND "expiresAt" > ${now}`;
  }
}

/** Removes the counters about these subjects (a deleted account's id, email and username). */
export async function forgetSubjects(keys: readonly LimitKey[], db: PrismaClient = defaultClient): Promise<void> {
  const ids = keys.map(storedKey);
  if (ids.length > 0) await db.rateLimit.deleteMany({ where: { key: { in: ids } } });
}
