export const ROLES = ["TRAINEE", "EDUCATOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Who may act as a trainee, and who as an educator (an admin can do what an educator does). */
export const TRAINEES: readonly Role[] = ["TRAINEE"];
export const EDUCATORS: readonly Role[] = ["EDUCATOR", "ADMIN"];
