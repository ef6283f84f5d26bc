import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { Scenario } from "@/lib/content/scenario-schema";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { parseStoredScenario } from "@/lib/scenarios/stored-scenario";

// A stored scenario version never changes (an edit is a new version), so its parsed body can be kept.
const parsed = new Map<string, Scenario>();

/** The parsed body of a version whose stored body the caller already read. */
export function parsedVersion(id: string, body: string): Scenario {
  let scenario = parsed.get(id);
  if (!scenario) {
    scenario = parseStoredScenario(body);
    parsed.set(id, scenario);
  }
  return scenario;
}

export async function scenarioVersion(id: string, db: PrismaClient = defaultClient): Promise<Scenario> {
  const hit = parsed.get(id);
  if (hit) return hit;
  const row = await db.scenario.findUniqueOrThrow({ where: { id }, select: { body: true } });
  return parsedVersion(id, row.body);
}
