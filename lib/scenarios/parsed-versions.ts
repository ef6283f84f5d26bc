import { storedScenarioSchema, type Scenario } from "@/lib/content/scenario-schema";

// A stored scenario version never changes (an edit is a new version), so its parsed body can be kept for the life of
// the process. Stored bodies were validated on the way in; parsing again guards against a hand-edited database. The
// lenient stored schema also reads versions stored before the bank's second edition, which lack its new texts.
const parsed = new Map<string, Scenario>();

/** The parsed body of a version whose stored body the caller already read. */
export function parsedVersion(id: string, body: string): Scenario {
  let scenario = parsed.get(id);
  if (!scenario) {
    scenario = storedScenarioSchema.parse(JSON.parse(body));
    parsed.set(id, scenario);
  }
  return scenario;
}

/** The parsed body when this process has already read it. */
export function cachedVersion(id: string): Scenario | undefined {
  return parsed.get(id);
}
