import { describe, expect, it } from "vitest";
import { passwordWeakness } from "@/lib/accounts/password-policy";

describe("passwordWeakness", () => {
  it.each([
    ["short", /at least 10/],
    ["password123", /most common/],
    ["aaaaaaaaaaaa", /single character/],
    ["1234567890", /most common|sequence/],
    ["abcdefghijkl", /sequence/],
    ["demo-password", /most common/],
  ])("refuses %s", (password, message) => expect(passwordWeakness(password)).toMatch(message));

  // Far down the shipped list of common passwords (about 49,000): more than the top 3,000 ASVS asks for.
  it.each(["christopher", "Christopher", "sojdlg123aljg", "voxstrange", "87654321vv"])(
    "refuses %s, from the list of common passwords, in any case",
    (password) => expect(passwordWeakness(password)).toMatch(/most common/),
  );

  it.each(["Defector2026!", "narratives123", "DefectorNarratives", "ISIS-isis-2015", "icsr icsr icsr"])(
    "refuses %s, built from the app's own context words",
    (password) => expect(passwordWeakness(password)).toMatch(/name or subject of this app/),
  );

  it("accepts a passphrase that only mentions a context word among others", () => {
    expect(passwordWeakness("my defector story at dusk")).toBeNull();
  });

  it("refuses a password containing the person's name or email", () => {
    expect(passwordWeakness("maria.schmidt-2026", ["maria.schmidt@example.org".split("@")[0]])).toMatch(/name, email/);
  });

  it("accepts a long, unusual password", () => expect(passwordWeakness("violet tram at dusk 42")).toBeNull());
});
