import type { Scenario } from "@/lib/content/scenario-schema";

// Browser-safe. Examples illustrate the narratives on /narratives: practice never draws them and no picker offers
// them, so an example's key is never a question's. Scenarios without a purpose are practice items.
export function isExample(scenario: Pick<Scenario, "purpose">): boolean {
  return scenario.purpose === "example";
}
