// Browser-safe. Passwords people pick first and attackers try first; length alone does not stop these.
const COMMON = new Set([
  "password",
  "password1",
  "password12",
  "password123",
  "password1234",
  "passw0rd",
  "p@ssw0rd",
  "p@ssword123",
  "1234567890",
  "12345678910",
  "0123456789",
  "9876543210",
  "1111111111",
  "0000000000",
  "123456789a",
  "qwertyuiop",
  "qwerty1234",
  "qwerty123456",
  "1q2w3e4r5t",
  "1qaz2wsx3edc",
  "asdfghjkl1",
  "zxcvbnm123",
  "iloveyou12",
  "letmein123",
  "welcome123",
  "welcome1234",
  "sunshine12",
  "football12",
  "baseball12",
  "princess12",
  "dragon1234",
  "monkey1234",
  "abc1234567",
  "abcdefghij",
  "trustno1234",
  "changeme123",
  "administrator",
  "superman12",
  "starwars12",
  "computer12",
  "whatever12",
  "demo-password",
]);

export const MIN_PASSWORD_LENGTH = 10;

export function passwordWeakness(
  password: string,
  personal: readonly (string | null | undefined)[] = [],
): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > 256) return "Use at most 256 characters.";
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "That password is one of the most common; choose another.";
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
