import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/accounts/password-rules";

// The passwords people pick first and attackers try first: the list of common passwords that zxcvbn-ts ships (about
// 49,000, most frequent first), plus this app's own published demo password. Checked on the server only, so the list
// never reaches a browser bundle.
let common: ReadonlySet<string> | undefined;
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set([...dictionary["passwords-common"], "demo-password"].map((p) => p.toLowerCase()));
  return common;
}

export function passwordWeakness(
  password: string,
  personal: readonly (string | null | undefined)[] = [],
): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "That password is one of the most common; choose another.";
  if (/^(.)\1+$/.test(password)) return "Do not repeat a single character.";
  if (
    "abcdefghijklmnopqrstuvwxyz0123456789".includes(lower) ||
    "9876543210zyxwvutsrqponmlkjihgfedcba".includes(lower)
  ) {
    return "Do not use a simple sequence.";
  }
  for (const value of personal) {
    const v = value?.trim().toLowerCase();
    if (v && v.length >= 4 && lower.includes(v)) return "Do not use your name, email or username in your password.";
  }
  return null;
}
