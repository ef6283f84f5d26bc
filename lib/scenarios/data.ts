import "server-only";
import type { PrismaClient } from "@prisma/client";
import { citationFor } from "@/lib/content/citations";
import type { Scenario } from "@/lib/content/scenario-schema";
import { prisma as defaultClient } from "@/lib/db/prisma";
import type { NarrativeCode } from "@/lib/domain/narratives";
import { cachedVersion, parsedVersion } from "@/lib/scenarios/parsed-versions";
import { isExample } from "@/lib/scenarios/purpose";
import type { ScenarioChoice, ScenarioDetails } from "@/lib/scenarios/types";

export async function scenarioVersion(id: string, db: PrismaClient = defaultClient): Promise<Scenario> {
  const hit = cachedVersion(id);
  if (hit) return hit;
  const row = await db.scenario.findUniqueOrThrow({ where: { id }, select: { body: true } });
  return parsedVersion(id, row.body);
}

export async function listLatestScenarios(db: PrismaClient = defaultClient) {
  const rows = await db.scenario.findMany({
    where: { isLatest: true },
    orderBy: [{ primaryNarrative: "asc" }, { difficulty: "asc" }, { slug: "asc" }],
    select: { id: true, body: true },
  });
  return rows.map((row) => ({ id: row.id, scenario: parsedVersion(row.id, row.body) }));
}

function details(scenario: Scenario): ScenarioDetails {
  return {
    testimony: scenario.testimony,
    speaker: scenario.speaker,
    contentNote: scenario.contentNote ?? null,
    contentWarnings: scenario.contentWarnings ?? [],
    acceptedNarratives: scenario.narratives.accepted,
    distractors: scenario.implications.distractors,
    explanations: {
      narrative: scenario.explanations.narrative,
      implication: scenario.explanations.implication,
      narratives: scenario.explanations.narratives ?? {},
    },
    discussion: scenario.discussion?.trim() || null,
    citation: citationFor(scenario.source),
  };
}

/** The current bank's practice items as the scenario picker lists them, each with the text to read before choosing. */
export async function listScenarioChoices(db: PrismaClient = defaultClient): Promise<ScenarioChoice[]> {
  return (await listLatestScenarios(db))
    .filter(({ scenario }) => !isExample(scenario))
    .map(({ id, scenario }) => ({
      id,
      title: scenario.title,
      primaryNarrative: scenario.narratives.primary,
      correctImplication: scenario.implications.correct,
      difficulty: scenario.difficulty,
      kind: scenario.kind,
      details: details(scenario),
    }));
}

/** The bank's examples of a narrative, documented cases first: they illustrate it and are never drawn in practice. */
export async function examplesForNarrative(narrative: NarrativeCode, count: number, db: PrismaClient = defaultClient) {
  const rows = await db.scenario.findMany({
    where: { isLatest: true, primaryNarrative: narrative },
    orderBy: [{ kind: "desc" }, { difficulty: "asc" }, { slug: "asc" }],
    select: { id: true, body: true },
  });
  const scenarios = rows.map((row) => parsedVersion(row.id, row.body));
  return scenarios.filter((s) => s.purpose === "example").slice(0, count);
}

/** The ids among these that are current practice scenarios (not examples, not retired versions). */
export async function currentPracticeScenarioIds(ids: readonly string[], db: PrismaClient = defaultClient) {
  const rows = await db.scenario.findMany({
    where: { id: { in: [...ids] }, isLatest: true },
    select: { id: true, body: true },
  });
  return new Set(rows.filter((row) => parsedVersion(row.id, row.body).purpose !== "example").map((row) => row.id));
}

export async function countScenariosBySource(db: PrismaClient = defaultClient): Promise<Map<string, number>> {
  const scenarios = await listLatestScenarios(db);
  const counts = new Map<string, number>();
  for (const { scenario } of scenarios) counts.set(scenario.source.seed, (counts.get(scenario.source.seed) ?? 0) + 1);
  return counts;
}
