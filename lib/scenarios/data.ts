import "server-only";
import type { PrismaClient } from "@prisma/client";
import { citationFor } from "@/lib/content/citations";
import type { Scenario } from "@/lib/content/scenario-schema";
import { prisma as defaultClient } from "@/lib/db/prisma";
import type { NarrativeCode } from "@/lib/domain/narratives";
import { cachedVersion, parsedVersion } from "@/lib/scenarios/parsed-versions";
import { CONTENT_WARNINGS, type ContentWarning } from "@/lib/domain/content-warnings";
import { exclusionOf } from "@/lib/scenarios/filter";
import type { ExcludedChoice, ScenarioChoice, ScenarioDetails } from "@/lib/scenarios/types";

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

function choiceOf(id: string, scenario: Scenario): ScenarioChoice {
  return {
    id,
    title: scenario.title,
    primaryNarrative: scenario.narratives.primary,
    correctImplication: scenario.implications.correct,
    difficulty: scenario.difficulty,
    kind: scenario.kind,
    contentWarnings: scenario.contentWarnings ?? [],
    details: details(scenario),
  };
}

/** The current bank as the scenario picker lists it; examples illustrate narratives and are never offered. */
export async function listScenarioChoices(db: PrismaClient = defaultClient): Promise<ScenarioChoice[]> {
  return (await listLatestScenarios(db))
    .filter(({ scenario }) => scenario.purpose !== "example")
    .map(({ id, scenario }) => choiceOf(id, scenario));
}

/** The choices a class's pickers offer, and those its content exclusions leave out (with the warnings why). */
export async function scenarioChoicesForClass(
  klass: { readonly excludedContentWarnings: readonly ContentWarning[] },
  db: PrismaClient = defaultClient,
): Promise<{ offered: ScenarioChoice[]; excluded: ExcludedChoice[] }> {
  const offered: ScenarioChoice[] = [];
  const excluded: ExcludedChoice[] = [];
  for (const { id, scenario } of await listLatestScenarios(db)) {
    const exclusion = exclusionOf(scenario, klass.excludedContentWarnings);
    if (!exclusion) offered.push(choiceOf(id, scenario));
    else if (exclusion.kind === "content")
      excluded.push({ choice: choiceOf(id, scenario), warnings: exclusion.warnings });
  }
  return { offered, excluded };
}

/** For the class page: how many scenarios carry each warning, and how many the class meets with its exclusions. */
export async function contentSummaryForClass(
  klass: { readonly excludedContentWarnings: readonly ContentWarning[] },
  db: PrismaClient = defaultClient,
) {
  const { offered, excluded } = await scenarioChoicesForClass(klass, db);
  const all = [...offered, ...excluded.map((e) => e.choice)];
  const counts = Object.fromEntries(
    CONTENT_WARNINGS.map((w) => [w, all.filter((c) => c.contentWarnings?.includes(w)).length]),
  ) as Record<ContentWarning, number>;
  return { counts, offered: offered.length, total: all.length };
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

export async function countScenariosBySource(db: PrismaClient = defaultClient): Promise<Map<string, number>> {
  const scenarios = await listLatestScenarios(db);
  const counts = new Map<string, number>();
  for (const { scenario } of scenarios) counts.set(scenario.source.seed, (counts.get(scenario.source.seed) ?? 0) + 1);
  return counts;
}
