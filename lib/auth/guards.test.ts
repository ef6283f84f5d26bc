import { describe, expect, it } from "vitest";
import { ADMINS, EDUCATORS, hasRole } from "@/lib/auth/guards";

const as = (role: "TRAINEE" | "EDUCATOR" | "ADMIN") => ({ id: "u", name: "n", role });

describe("hasRole", () => {
  it("keeps trainees out of educator and admin actions", () => {
    expect(hasRole(as("TRAINEE"), EDUCATORS)).toBe(false);
    expect(hasRole(as("TRAINEE"), ADMINS)).toBe(false);
    expect(hasRole(null, EDUCATORS)).toBe(false);
  });
  it("keeps educators out of admin actions", () => expect(hasRole(as("EDUCATOR"), ADMINS)).toBe(false));
  it("lets admins act as educators", () => expect(hasRole(as("ADMIN"), EDUCATORS)).toBe(true));
});
