import "server-only";
import { RateLimiterPrisma, type RateLimiterRes } from "rate-limiter-flexible";
import { prisma } from "@/lib/db/prisma";

// 10 failures in 15 minutes per account and per client address; the counters live in the database so
// every server process shares them.
export const MAX_FAILURES = 10;
const WINDOW_SECONDS = 15 * 60;

const failures = new RateLimiterPrisma({
  storeClient: prisma,
  tableName: "rateLimiterFlexible",
  keyPrefix: "fail",
  points: MAX_FAILURES,
  duration: WINDOW_SECONDS,
  clearExpiredByTimeout: false,
});

export class TooManyAttempts extends Error {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
}

function keys(scope: string, account: string | null, address: string): string[] {
  return [`${scope}:ip:${address}`, ...(account ? [`${scope}:account:${account.trim().toLowerCase()}`] : [])];
}

/** Throws TooManyAttempts when the account or the address has used up its failures. */
export async function assertNotLimited(scope: string, account: string | null, address: string): Promise<void> {
  const states = await Promise.all(keys(scope, account, address).map((key) => failures.get(key)));
  const blocked = states.filter((s): s is RateLimiterRes => s !== null && s.consumedPoints >= MAX_FAILURES);
  if (blocked.length > 0) throw new TooManyAttempts(Math.max(...blocked.map((s) => s.msBeforeNext)) / 1000);
}

export async function recordFailure(scope: string, account: string | null, address: string): Promise<void> {
  await Promise.all(keys(scope, account, address).map((key) => failures.penalty(key, 1)));
}

export async function clearAccountFailures(scope: string, account: string): Promise<void> {
  await failures.delete(`${scope}:account:${account.trim().toLowerCase()}`);
}
