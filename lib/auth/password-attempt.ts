import "server-only";
import { decoyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { consume, refund, TooManyAttempts, type LimitKey } from "@/lib/auth/rate-limit-mutations";
import { securityLog } from "@/lib/security/log";

export type PasswordAttempt = "valid" | "invalid" | { limited: number };

/**
 * Every check of a password someone types, at sign-in or to confirm a change, goes through here: one point is taken
 * from the account's counter (and the address's, when given) before the hash is verified, and given back when the
 * password was right. Ten wrong passwords in 15 minutes lock the account for the rest of the window, however many
 * requests run in parallel and whichever login name (email or username) they used.
 *
 * `passwordHash` null means no such account: a decoy hash is verified so the answer takes as long.
 */
export async function attemptPassword(input: {
  accountKey: LimitKey;
  addressKey?: LimitKey;
  passwordHash: string | null;
  password: string;
  userId?: string | null;
  address?: string;
  action: string;
}): Promise<PasswordAttempt> {
  const keys = input.addressKey ? [input.accountKey, input.addressKey] : [input.accountKey];
  try {
    await consume(keys);
  } catch (error) {
    if (!(error instanceof TooManyAttempts)) throw error;
    securityLog("rate-limited", {
      userId: input.userId,
      address: input.address,
      action: input.action,
      retryAfterSeconds: Math.ceil(error.retryAfterSeconds),
    });
    return { limited: error.retryAfterSeconds };
  }
  const valid = input.passwordHash
    ? await verifyPassword(input.passwordHash, input.password)
    : await verifyPassword(await decoyPasswordHash(), input.password).then(() => false);
  if (valid) await refund(keys);
  return valid ? "valid" : "invalid";
}

export const tooManyMessage = (retryAfterSeconds: number) => new TooManyAttempts(retryAfterSeconds).message;
