import { describe, expect, it } from "vitest";
import { resolveClientAddress } from "@/scripts/lib/client-address.mjs";

describe("resolveClientAddress", () => {
  it("takes the socket's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", 0)).toBe("203.0.113.7");
    expect(resolveClientAddress("203.0.113.7", ["1.1.1.1, 2.2.2.2", "3.3.3.3"], 0)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
    expect(resolveClientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("believes exactly as many hops as configured, counted from the right", () => {
    // The client forged the first entry; the one trusted proxy appended the address it saw.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    // Two proxies: the outer appended the client, the inner appended the outer.
    expect(resolveClientAddress("10.0.0.3", "6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("falls back to the socket when the chain is shorter than the proxies or its entry is not an address", () => {
    expect(resolveClientAddress("203.0.113.7", undefined, 1)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.2", "not-an-address", 1)).toBe("10.0.0.2");
  });
});
