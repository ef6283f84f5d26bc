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

/**
 * Words from this app's own context, which someone guessing a password here tries first (docs/security.md, "Context
 * words"): a password that is one of them, or several of them, with only digits and symbols around is refused.
 */
export const CONTEXT_WORDS = [
  "defector",
  "defectors",
  "narrative",
  "narratives",
  "defectornarratives",
  "icsr",
  "islamicstate",
  "isis",
  "isil",
  "daesh",
  "jihad",
  "caliphate",
  "victimsperpetratorsassets",
  "neumann",
  "prevention",
  "trainee",
  "educator",
  "classcode",
] as const;

function onlyContextWords(lower: string): boolean {
  let letters = lower.replace(/[^a-z]/g, "");
  if (letters.length === 0) return false;
  // Greedy removal of the longest word first covers "defectornarratives" and "isis2026isis".
  const words = [...CONTEXT_WORDS].sort((a, b) => b.length - a.length);
  for (let changed = true; changed && letters.length > 0;) {
    changed = false;
    for (const word of words) {
      if (letters.startsWith(word)) {
        letters = letters.slice(word.length);
        changed = true;
        break;
      }
    }
  }
  return letters.length === 0;
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
  if (onlyContextWords(lower)) return "Do not build your password from the name or subject of this app.";
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
