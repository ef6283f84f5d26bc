import { scenarioSchema, type Scenario } from "@/lib/content/scenario-schema";

// Stored bodies were validated on the way in; parsing again guards against a hand-edited database.
export function parseStoredScenario(body: string): Scenario {
  return scenarioSchema.parse(JSON.parse(body));
}
