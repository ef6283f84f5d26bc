import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveAuthSecret } from "@/lib/auth/secret";

describe("resolveAuthSecret", () => {
  const file = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "secret-")), "data", "auth-secret");

  it("takes AUTH_SECRET when set and writes nothing", () => {
    const target = file();
    expect(resolveAuthSecret({ AUTH_SECRET: "s".repeat(40) }, target)).toEqual({
      secret: "s".repeat(40),
      origin: "environment",
    });
    expect(fs.existsSync(target)).toBe(false);
  });

  it("generates a secret once, stores it privately, and reuses it", () => {
    const target = file();
    const first = resolveAuthSecret({}, target);
    expect(first.origin).toBe("generated");
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret({}, target)).toEqual({ secret: first.secret, origin: "file" });
  });
});
