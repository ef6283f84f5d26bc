import { describe, expect, it } from "vitest";
import { API_POLICY, contentSecurityPolicy, newNonce } from "@/lib/security/csp";

describe("the content security policy", () => {
  it("allows scripts from this origin and with the nonce only: no inline scripts, no eval in production", () => {
    const policy = contentSecurityPolicy("abc123", true);
    const scripts = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self' 'nonce-abc123'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("allows eval for the development server only", () => {
    expect(contentSecurityPolicy("n", false)).toContain("'unsafe-eval'");
  });

  it("uses a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("the API policy", () => {
  it("lets an API answer load and frame nothing", () => {
    expect(API_POLICY).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
