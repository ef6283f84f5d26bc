import crypto from "node:crypto";
import type { Scenario } from "@/lib/content/scenario-schema";

// The parsed scenario's key order is the schema's, so equal content always hashes equally.
export function scenarioContentHash(scenario: Scenario): string {
  return crypto.createHash("sha256").update(JSON.stringify(scenario)).digest("hex");
}
