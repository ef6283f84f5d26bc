import "server-only";
import type { PrismaClient } from "@prisma/client";
import { loadScenarioFiles, type ContentProblem } from "@/lib/content/content-files";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { upsertScenarios, type UpsertReport } from "@/lib/scenarios/mutations";

// Loads the scenario files into the database; invalid files are reported and never loaded.
export async function seedScenarioBank(
  db: PrismaClient = defaultClient,
  dir?: string,
): Promise<UpsertReport & { problems: ContentProblem[] }> {
  const { scenarios, problems } = loadScenarioFiles(dir);
  // The files are the bank: a scenario removed from them is retired.
  const report = await upsertScenarios(
    scenarios.map((s) => s.scenario),
    db,
    { retireMissing: true },
  );
  return { ...report, problems };
}
