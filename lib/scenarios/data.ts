import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { NarrativeCode } from "@/lib/domain/narratives";
import { parsedVersion } from "@/lib/scenarios/scenario-versions";

export async function listLatestScenarios() {
  const rows = await prisma.scenario.findMany({
    where: { isLatest: true },
    orderBy: [{ primaryNarrative: "asc" }, { difficulty: "asc" }, { slug: "asc" }],
    select: { id: true, body: true },
  });
  return rows.map((row) => ({ id: row.id, scenario: parsedVersion(row.id, row.body) }));
}

// Documented cases first, then the easiest: the clearest illustrations of a narrative.
export async function examplesForNarrative(narrative: NarrativeCode, count: number) {
  const rows = await prisma.scenario.findMany({
    where: { isLatest: true, primaryNarrative: narrative },
    orderBy: [{ kind: "desc" }, { difficulty: "asc" }, { slug: "asc" }],
    take: count,
    select: { id: true, body: true },
  });
  return rows.map((row) => parsedVersion(row.id, row.body));
}

export async function countScenariosBySource(): Promise<Map<string, number>> {
  const scenarios = await listLatestScenarios();
  const counts = new Map<string, number>();
  for (const { scenario } of scenarios) counts.set(scenario.source.seed, (counts.get(scenario.source.seed) ?? 0) + 1);
  return counts;
}
