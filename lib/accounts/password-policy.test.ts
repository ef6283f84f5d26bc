import { describe, expect, it } from "vitest";
import { passwordWeakness } from "@/lib/accounts/password-policy";

describe("passwordWeakness", () => {
  it.each([
    ["short", /at least 10/],
    ["password123", /most common/],
    ["aaaaaaaaaaaa", /single character/],
    ["1234567890", /most common|sequence/],
    ["abcdefghijkl", /sequence/],
  ])("refuses %s", (password, message) => expect(passwordWeakness(password)).toMatch(message));

  it("refuses a password containing the person's name or email", () => {
    expect(passwordWeakness("maria.schmidt-2026", ["maria.schmidt@example.org".split("@")[0]])).toMatch(/name, email/);
  });

  it("accepts a long, unusual password", () => expect(passwordWeakness("violet tram at dusk 42")).toBeNull());
});
