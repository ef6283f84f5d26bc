import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { claimsOf } from "@/lib/auth/session-cookie";
import { resolveAuthSecret } from "@/lib/auth/secret";

// claimsOf keeps what a token decrypted to, by its exact bytes; the token's own expiry must still end it.
describe("claimsOf", () => {
  afterEach(() => vi.useRealTimers());

  const token = (maxAge: number, secret = resolveAuthSecret().secret) =>
    encode({ secret, maxAge, token: { sub: "user-1", sid: "session-1", sv: 0, name: "A", role: "TRAINEE" } });

  it("reads a token this server signed, and again from what it kept", async () => {
    const raw = await token(60);
    expect(await claimsOf(raw)).toEqual({ sub: "user-1", sid: "session-1", sv: 0 });
    expect(await claimsOf(raw)).toEqual({ sub: "user-1", sid: "session-1", sv: 0 });
  });

  it("refuses a kept token once it has expired", async () => {
    const raw = await token(60);
    expect(await claimsOf(raw)).not.toBeNull();
    vi.useFakeTimers({ now: Date.now() + 120_000, toFake: ["Date"] });
    expect(await claimsOf(raw)).toBeNull();
  });

  it("refuses a token signed with another secret", async () => {
    expect(await claimsOf(await token(60, "another-secret-another-secret-another-0123"))).toBeNull();
  });
});
