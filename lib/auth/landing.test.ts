import { describe, expect, it } from "vitest";
import { landingPath } from "@/lib/auth/landing";

describe("landingPath", () => {
  it("starts trainees at practice and administrators at administration", () => {
    expect(landingPath("TRAINEE", "ignored")).toBe("/practice");
    expect(landingPath("ADMIN", null)).toBe("/admin");
  });

  it("starts educators at their last class, or at their classes", () => {
    expect(landingPath("EDUCATOR", "c1")).toBe("/classes/c1");
    expect(landingPath("EDUCATOR", null)).toBe("/classes");
  });
});
